import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { Question } from '#shared/surveys.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;
let core: Question[];

const url = (path = '') => `/api/networks/${network.slug}/surveys${path}`;
const title = { fi: 'Palaute' };
const save = (questions: unknown[], extra: object = {}) =>
  t.request({
    method: 'PUT',
    url: url(`/${surveyId}`),
    payload: { title, questions, closeAfterDays: 14, ...extra },
    cookie: organiser,
  });
const text = (fi: string) => ({ fi });

beforeAll(async () => {
  t = await buildTestApp();
  ({
    network,
    organiser: { cookie: organiser },
  } = await buildNetwork(t));
  surveyId = (await t.request({ method: 'GET', url: url(), cookie: organiser })).json().surveys[0].id;
  core = (await t.request({ method: 'GET', url: url(`/${surveyId}`), cookie: organiser })).json().questions;
});
afterAll(() => t.close());

const role = {
  id: 'role',
  type: 'single',
  text: text('Rooli'),
  options: [
    { id: 'lead', text: text('Johto') },
    { id: 'expert', text: text('Asiantuntija') },
  ],
};

describe('a survey’s questions', () => {
  it('takes every question type and a condition on an earlier answer', async () => {
    const questions = [
      ...core,
      role,
      { id: 'why', type: 'text', text: text('Miksi?'), showIf: { question: 'role', anyOf: ['lead'] } },
      {
        id: 'grid',
        type: 'likert-matrix',
        text: text('Väitteet'),
        rows: [
          { id: 'a', text: text('A') },
          { id: 'b', text: text('B') },
        ],
      },
      {
        id: 'stars',
        type: 'rating',
        text: text('Arvosana'),
        showIf: { question: 'nps', anyOf: ['0', '1', '2'] },
      },
      {
        id: 'topics',
        type: 'multiple',
        text: text('Aiheet'),
        maxChoices: 2,
        options: [
          { id: 'x', text: text('X') },
          { id: 'y', text: text('Y') },
          { id: 'z', text: text('Z') },
        ],
      },
    ];
    const response = await save(questions);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().questions.map((q: Question) => q.id)).toEqual([
      ...core.map((q) => q.id),
      'role',
      'why',
      'grid',
      'stars',
      'topics',
    ]);
  });

  it('refuses conditions on later, unknown or open questions and values a question cannot have', async () => {
    const questions = [
      { id: 'first', type: 'text', text: text('Eka'), showIf: { question: 'second', anyOf: ['lead'] } },
      { ...role, id: 'second' },
      { id: 'third', type: 'nps', text: text('Kolmas'), showIf: { question: 'nowhere', anyOf: ['1'] } },
      { id: 'fourth', type: 'rating', text: text('Neljäs'), showIf: { question: 'first', anyOf: ['x'] } },
      { id: 'fifth', type: 'rating', text: text('Viides'), showIf: { question: 'second', anyOf: ['boss'] } },
    ];
    const response = await save(questions);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fieldIssues).toEqual({
      'questions.0.showIf.question': { code: 'not-earlier' },
      'questions.2.showIf.question': { code: 'unknown-question' },
      'questions.3.showIf.question': { code: 'not-closed' },
      'questions.4.showIf.anyOf.0': { code: 'unknown-value' },
    });
  });

  it('refuses repeated ids, a core item of the wrong type and an unknown type', async () => {
    const questions = [
      { id: 'same', type: 'rating', text: text('A') },
      { id: 'same', type: 'rating', text: text('B') },
      { id: 'n', core: 'nps', type: 'rating', text: text('C') },
      {
        ...role,
        options: [
          { id: 'o', text: text('1') },
          { id: 'o', text: text('2') },
        ],
      },
      { id: 'odd', type: 'slider', text: text('D') },
    ];
    const response = await save(questions);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fieldIssues).toMatchObject({
      'questions.4.type': { code: 'invalid-type' },
    });
    const valid = questions.slice(0, 4);
    const issues = (await save(valid)).json().error.fieldIssues;
    expect(issues).toEqual({
      'questions.1.id': { code: 'given-twice' },
      'questions.2.type': { code: 'core-type' },
      'questions.3.options.1.id': { code: 'given-twice' },
    });
  });
});

describe('editing a survey that has answers', () => {
  it('keeps the version for new texts, makes a new one for new questions, and keeps a question’s type', async () => {
    expect((await save([...core, role])).statusCode).toBe(200);
    const meeting = await buildPastMeeting(t, network);
    const { surveyToken } = await roomRespondent(t, network, meeting);
    expect((await answerMeeting(t, network, meeting, { nps: 10 }, surveyToken)).statusCode).toBe(201);
    const before = (await t.request({ method: 'GET', url: url(`/${surveyId}`), cookie: organiser })).json()
      .version;
    const reworded = core.map((q) => (q.id === 'change' ? { ...q, text: text('Mitä muuttaisit?') } : q));
    expect((await save([...reworded, role])).json().version).toBe(before);
    const removed = await save(reworded);
    expect(removed.json().version).toBe(before + 1);
    const { options: _options, ...roleAsRating } = { ...role, type: 'rating' };
    const retyped = await save([...reworded, roleAsRating]);
    expect(retyped.statusCode).toBe(400);
    expect(retyped.json().error.fieldIssues).toEqual({ 'questions.4.type': { code: 'type-changed' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { Question } from '#shared/surveys.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';
import { rowsOf } from '#test/personal-data.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;

const base = () => `/api/networks/${network.slug}`;
const get = (url: string, cookie = organiser) => t.request({ method: 'GET', url: `${base()}${url}`, cookie });
const put = (url: string, payload: object, cookie = organiser) =>
  t.request({ method: 'PUT', url: `${base()}${url}`, payload, cookie });
const countRows = async (table: string) =>
  Number((await rowsOf<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0]?.n);

beforeAll(async () => {
  t = await buildTestApp();
  const built = await buildNetwork(t);
  network = built.network;
  organiser = built.organiser.cookie;
  const list = await get('/surveys');
  surveyId = list.json().surveys[0].id;
});
afterAll(() => t.close());

describe("the network's post-meeting survey", () => {
  it('starts with the four core items, every text in three languages', async () => {
    const survey = (await get(`/surveys/${surveyId}`)).json();
    expect(survey.kind).toBe('post-meeting');
    expect(survey.anonymous).toBe(true);
    expect(survey.questions.map((q: Question) => [q.core, q.type])).toEqual([
      ['nps', 'nps'],
      ['usefulness', 'likert'],
      ['change', 'text'],
      ['first-time', 'single'],
    ]);
    for (const question of survey.questions)
      expect(Object.keys(question.text).sort()).toEqual(['en', 'fi', 'sv']);
  });

  it('is the form of every published meeting, open from its start until 14 days after its end', async () => {
    const meeting = await buildPastMeeting(t, network, 3);
    const form = (await get(`/feedback/${meeting.slug}`, '')).json();
    expect(form).toMatchObject({ id: surveyId, status: 'open', event: { slug: meeting.slug } });
    const old = await buildPastMeeting(t, network, 20);
    expect((await get(`/feedback/${old.slug}`, '')).json().status).toBe('closed');
    const draft = await buildPastMeeting(t, network, 2, { status: 'draft' });
    expect((await get(`/feedback/${draft.slug}`, '')).statusCode).toBe(404);
  });

  it('is only the organisers’ to read and edit', async () => {
    const member = await buildMember(t, network);
    expect((await get('/surveys', '')).statusCode).toBe(401);
    expect((await get('/surveys', member.cookie)).statusCode).toBe(403);
    expect((await get(`/surveys/${surveyId}/results`, member.cookie)).statusCode).toBe(403);
    const survey = (await get(`/surveys/${surveyId}`)).json();
    const edit = { title: survey.title, questions: survey.questions, closeAfterDays: 7 };
    const refused = await put(`/surveys/${surveyId}`, edit, member.cookie);
    expect(refused.statusCode, refused.body).toBe(403);
  });
});

describe('answering from the live room', () => {
  it('takes one answer per participant and token: a second is refused and changes nothing', async () => {
    const meeting = await buildPastMeeting(t, network);
    const { surveyToken } = await roomRespondent(t, network, meeting, { organisationType: 'municipality' });
    const answers = { nps: 9, usefulness: 4, change: 'More time for questions', 'first-time': 'yes' };
    expect((await answerMeeting(t, network, meeting, answers, surveyToken)).statusCode).toBe(201);
    const before = await countRows('survey_responses');
    const again = await answerMeeting(t, network, meeting, { nps: 0 }, surveyToken);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fieldIssues).toEqual({ token: { code: 'token-used' } });
    expect(await countRows('survey_responses')).toBe(before);
  });

  it('refuses a forged token, a missing one and one for another meeting', async () => {
    const meeting = await buildPastMeeting(t, network);
    const other = await buildPastMeeting(t, network, 2);
    const { surveyToken } = await roomRespondent(t, network, other);
    const forged = `${surveyToken.split('.')[0]}.${'A'.repeat(32)}`;
    for (const token of [undefined, forged, surveyToken]) {
      const response = await answerMeeting(t, network, meeting, { nps: 5 }, token);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fieldIssues).toEqual({ token: { code: 'token-invalid' } });
    }
  });

  it('names each bad answer and writes nothing', async () => {
    const meeting = await buildPastMeeting(t, network);
    const { surveyToken } = await roomRespondent(t, network, meeting);
    const before = await countRows('survey_responses');
    const bad = { nps: 11, usefulness: 'maybe', change: 'x'.repeat(2001), 'first-time': 'perhaps', bogus: 1 };
    const response = await answerMeeting(t, network, meeting, bad, surveyToken);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual([
      'answers.bogus',
      'answers.change',
      'answers.first-time',
      'answers.nps',
      'answers.usefulness',
    ]);
    expect(response.json().error.fieldIssues['answers.change']).toEqual({ code: 'too-long', limit: 2000 });
    expect(await countRows('survey_responses')).toBe(before);
    // The token was not spent: the person can still answer.
    expect((await answerMeeting(t, network, meeting, { nps: 7 }, surveyToken)).statusCode).toBe(201);
  });

  it("lets the room's card answer the first question and the form complete the answers", async () => {
    const meeting = await buildPastMeeting(t, network);
    const { surveyToken } = await roomRespondent(t, network, meeting);
    const card = await answerMeeting(t, network, meeting, { nps: 8 }, surveyToken);
    expect(card.statusCode).toBe(201);
    const { continuation } = card.json();
    const rest = await t.request({
      method: 'POST',
      url: `${base()}/feedback/${meeting.slug}/answers`,
      payload: { answers: { usefulness: 5, change: 'Lyhyemmät alustukset' }, continuation },
    });
    expect(rest.statusCode).toBe(201);
    const rows = await rowsOf<{ answers: object }>(
      t,
      'SELECT answers FROM survey_responses WHERE event_id = $1',
      [meeting.id],
    );
    expect(rows).toEqual([{ answers: { nps: 8, usefulness: 5, change: 'Lyhyemmät alustukset' } }]);
    const forged = await t.request({
      method: 'POST',
      url: `${base()}/feedback/${meeting.slug}/answers`,
      payload: { answers: { nps: 0 }, continuation: `${continuation.split('.')[0]}.${'x'.repeat(32)}` },
    });
    expect(forged.json().error.fieldIssues).toEqual({ continuation: { code: 'token-invalid' } });
    const other = await buildPastMeeting(t, network, 2);
    const elsewhere = await t.request({
      method: 'POST',
      url: `${base()}/feedback/${other.slug}/answers`,
      payload: { answers: { nps: 0 }, continuation },
    });
    expect(elsewhere.statusCode).toBe(400);
  });

  it('names a missing required answer together with the invalid ones, and lets the card leave it for later', async () => {
    const own = await buildNetwork(t);
    const url = `/api/networks/${own.network.slug}/surveys`;
    const id = (await t.request({ method: 'GET', url, cookie: own.organiser.cookie })).json().surveys[0].id;
    const survey = (
      await t.request({ method: 'GET', url: `${url}/${id}`, cookie: own.organiser.cookie })
    ).json();
    const questions = survey.questions.map((q: Question) =>
      q.id === 'usefulness' ? { ...q, required: true } : q,
    );
    const payload = { title: survey.title, questions, closeAfterDays: 14 };
    await t.request({ method: 'PUT', url: `${url}/${id}`, payload, cookie: own.organiser.cookie });
    const meeting = await buildPastMeeting(t, own.network);
    const { surveyToken } = await roomRespondent(t, own.network, meeting);
    const refused = await answerMeeting(t, own.network, meeting, { nps: 12 }, surveyToken);
    expect(refused.json().error.fieldIssues).toEqual({
      'answers.nps': { code: 'too-large', limit: 10 },
      'answers.usefulness': { code: 'required' },
    });
    const card = await t.request({
      method: 'POST',
      url: `/api/networks/${own.network.slug}/feedback/${meeting.slug}/answers`,
      payload: { answers: { nps: 9 }, token: surveyToken, partial: true },
    });
    expect(card.statusCode).toBe(201);
  });

  it('refuses answers once the survey has closed', async () => {
    const meeting = await buildPastMeeting(t, network, 20);
    const { surveyToken } = await roomRespondent(t, network, meeting);
    const response = await answerMeeting(t, network, meeting, { nps: 7 }, surveyToken);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fieldIssues).toEqual({ answers: { code: 'survey-closed' } });
  });

  it('gives no token to someone who was not in the room', async () => {
    const meeting = await buildPastMeeting(t, network);
    const response = await t.request({
      method: 'POST',
      url: `${base()}/feedback/${meeting.slug}/token`,
      payload: { participantToken: 'not-a-participant' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fieldIssues).toEqual({ participantToken: { code: 'token-invalid' } });
  });
});

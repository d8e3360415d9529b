import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { QuestionSchema } from '#shared/surveys.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildEvent, buildNetwork } from '#test/factories.ts';
import { rowsOf } from '#test/personal-data.ts';
import { EVERY_TYPE, useEveryTypeSurvey } from '#test/survey-form.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';
import { answersFromForm } from './answer-form-post.ts';

const questions = EVERY_TYPE.map((question) => QuestionSchema.parse(question));

describe('reading the posted answer form', () => {
  it('reads each type: points as numbers, "can’t say" kept, every ticked choice, matrix rows by name', () => {
    const body = new URLSearchParams([
      ['answers.nps', '9'],
      ['answers.usefulness', 'cant-say'],
      ['answers.parts.talks', '4'],
      ['answers.parts.discussion', 'cant-say'],
      ['answers.overall', '5'],
      ['answers.first-time', 'yes'],
      ['answers.heard', 'mail'],
      ['answers.heard', 'web'],
      ['answers.change', 'Enemmän aikaa\r\nkysymyksille'],
      ['answers.unknown', 'x'],
      ['token', 'the-token'],
    ]).toString();
    expect(answersFromForm(body, questions)).toEqual({
      answers: {
        nps: 9,
        usefulness: 'cant-say',
        parts: { talks: 4, discussion: 'cant-say' },
        overall: 5,
        'first-time': 'yes',
        heard: ['mail', 'web'],
        change: 'Enemmän aikaa\nkysymyksille',
      },
      token: 'the-token',
      continuation: undefined,
    });
  });

  it('leaves out empty fields, and keeps a point that is not a number as sent, for the server to name', () => {
    const body = 'answers.nps=&answers.overall=viisi&answers.parts.talks=&answers.change=+++&answers.heard=';
    expect(answersFromForm(body, questions)).toEqual({ answers: { overall: 'viisi' }, token: undefined });
  });
});

describe('the answer form without JavaScript', () => {
  let t: TestApp;
  let network: NetworkRow;
  let surveyId: string;
  let organiser: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const built = await buildNetwork(t);
    network = built.network;
    organiser = built.organiser.cookie;
    surveyId = await useEveryTypeSurvey(t, network, organiser);
  });
  afterAll(() => t?.close());

  async function meetingWithToken() {
    const meeting = await buildPastMeeting(t, network);
    const { surveyToken } = await roomRespondent(t, network, meeting);
    const page = `/n/${network.slug}/feedback/${meeting.slug}`;
    const post = (fields: [string, string][]) =>
      t.request({
        method: 'POST',
        url: page,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    return { meeting, page, token: surveyToken, post };
  }
  const responses = async () =>
    Number(
      (
        await rowsOf<{ n: string }>(t, 'SELECT count(*) AS n FROM survey_responses WHERE survey_id = $1', [
          surveyId,
        ])
      )[0]?.n,
    );

  it('shows the form from its one-time link, never kept, with the token in a hidden field', async () => {
    const { page, token } = await meetingWithToken();
    const shown = await t.request({ method: 'GET', url: `${page}?token=${encodeURIComponent(token)}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    expect(shown.body).toContain(`name="token" value="${token}"`);
    expect(shown.body).toContain('name="answers.parts.talks"');
    // Without JavaScript the conditional question is there, saying when to answer it.
    expect(shown.body).toContain('Vastaa vain, jos vastauksesi kysymykseen 5 oli ”Kyllä”.');
  });

  it('refuses a form without its required answer and with too long a text: 400, filled in, errors named', async () => {
    const { token, post } = await meetingWithToken();
    const before = await responses();
    const refused = await post([
      ['answers.nps', '8'],
      ['answers.change', 'x'.repeat(2001)],
      ['token', token],
    ]);
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.body).toContain('Vastaus on liian pitkä: enintään 2000 merkkiä.');
    expect(refused.body).toMatch(/name="answers\.nps" value="8" checked/);
    expect(refused.body).toContain(`name="token" value="${token}"`);
    const required = await post([
      ['answers.nps', '8'],
      ['token', token],
    ]);
    expect(required.statusCode).toBe(400);
    expect(required.body).toContain('Vastaa tähän kysymykseen.');
    expect(await responses()).toBe(before);
  });

  it('saves a good answer, drops what a condition hides, and thanks at an address without the token', async () => {
    const { page, token, post } = await meetingWithToken();
    const before = await responses();
    const sent = await post([
      ['answers.nps', '10'],
      ['answers.parts.talks', '5'],
      ['answers.first-time', 'no'],
      ['answers.heard', 'mail'],
      ['answers.change', 'Ei mitään'],
      ['token', token],
    ]);
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(303);
    expect(sent.headers.location).toBe(`${page}?answered=1`);
    expect(await responses()).toBe(before + 1);
    const [row] = await rowsOf<{ answers: unknown }>(
      t,
      "SELECT answers FROM survey_responses WHERE survey_id = $1 AND answers->>'change' = 'Ei mitään'",
      [surveyId],
    );
    expect(row?.answers).toEqual({ nps: 10, parts: { talks: 5 }, 'first-time': 'no', change: 'Ei mitään' });
    const thanks = await t.request({ method: 'GET', url: sent.headers.location as string });
    expect(thanks.body).toContain('Kiitos vastauksistasi!');
    // The link works once: the same form again is refused, with why.
    const again = await post([
      ['answers.first-time', 'yes'],
      ['token', token],
    ]);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Tällä linkillä on jo vastattu');
  });

  it('completes an answer the live room’s card began, with the continuation it gave', async () => {
    const { meeting, page, token, post } = await meetingWithToken();
    // (This survey requires its fifth answer, so the card's answer has it too.)
    const card = await answerMeeting(t, network, meeting, { nps: 6, 'first-time': 'yes' }, token);
    const { continuation } = card.json();
    const shown = await t.request({ method: 'GET', url: `${page}?continuation=${continuation}` });
    expect(shown.body).toContain(`name="continuation" value="${continuation}"`);
    expect(shown.body).toContain('Vastauksesi ensimmäiseen kysymykseen on tallennettu.');
    const sent = await post([
      ['answers.first-time', 'no'],
      ['answers.change', 'Jatkettu vastaus'],
      ['continuation', continuation],
    ]);
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(303);
    const [row] = await rowsOf<{ answers: unknown }>(
      t,
      "SELECT answers FROM survey_responses WHERE survey_id = $1 AND answers->>'change' = 'Jatkettu vastaus'",
      [surveyId],
    );
    expect(row?.answers).toEqual({ nps: 6, 'first-time': 'no', change: 'Jatkettu vastaus' });
    const forged = await post([
      ['answers.first-time', 'no'],
      ['continuation', 'x.y'],
    ]);
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Tämä vastauslinkki ei ole voimassa');
  });

  it('says instead of the form when the survey is not open yet or any more, in the reader’s language', async () => {
    const { event: coming } = await buildEvent(t, { network });
    const notYet = await t.request({
      method: 'GET',
      url: `/n/${network.slug}/feedback/${coming.slug}?lang=sv`,
    });
    expect(notYet.statusCode).toBe(200);
    expect(notYet.body).toContain('Du kan svara på enkäten när mötet har börjat');
    expect(notYet.body).not.toContain('data-testid="survey-form"');
    const old = await buildPastMeeting(t, network, 20);
    const page = `/n/${network.slug}/feedback/${old.slug}`;
    const closed = await t.request({ method: 'GET', url: page });
    expect(closed.body).toContain('Kysely on suljettu, eikä siihen voi enää vastata.');
    const { surveyToken } = await roomRespondent(t, network, old);
    const late = await t.request({
      method: 'POST',
      url: page,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([
        ['answers.first-time', 'yes'],
        ['token', surveyToken],
      ]).toString(),
    });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Kysely on suljettu, eikä siihen voi enää vastata.');
  });

  it('shows a periodic survey’s form at its own address, and says its link is needed to answer', async () => {
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const created = await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/surveys`,
      cookie: organiser,
      payload: { title: { fi: 'Kevään kysely' }, questions: EVERY_TYPE, opensOn: day(-1), closesOn: day(7) },
    });
    expect(created.statusCode, created.body).toBe(201);
    const page = `/n/${network.slug}/survey/${created.json().id}`;
    const shown = await t.request({ method: 'GET', url: page });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Kevään kysely');
    expect(shown.body).toContain('data-testid="survey-form"');
    const sent = await t.request({
      method: 'POST',
      url: page,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'answers.first-time=yes',
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.body).toContain('Tämä vastauslinkki ei ole voimassa');
  });

  it('says the link is not valid when the token is missing or forged, and answers 404 for an unknown meeting', async () => {
    const { token, post } = await meetingWithToken();
    const missing = await post([['answers.first-time', 'yes']]);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Tämä vastauslinkki ei ole voimassa');
    const forged = await post([
      ['answers.first-time', 'yes'],
      ['token', `${token.split('.')[0]}.${'A'.repeat(32)}`],
    ]);
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Tämä vastauslinkki ei ole voimassa');
    const unknown = await t.request({
      method: 'POST',
      url: `/n/${network.slug}/feedback/ei-ole`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'answers.nps=5',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
    const notAnId = await t.request({ method: 'GET', url: `/n/${network.slug}/survey/not-an-id` });
    expect(notAnId.statusCode).toBe(404);
  });
});

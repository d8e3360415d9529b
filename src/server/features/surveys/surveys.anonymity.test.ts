import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { hashToken } from '#server/platform/tokens.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { rowsOf } from '#test/personal-data.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;

const surveysUrl = () => `/api/networks/${network.slug}/surveys`;
type Column = { table: string; column: string; type: string };
type Link = { child: string; parent: string };

beforeAll(async () => {
  t = await buildTestApp();
  ({
    network,
    organiser: { cookie: organiser },
  } = await buildNetwork(t));
  surveyId = (await t.request({ method: 'GET', url: surveysUrl(), cookie: organiser })).json().surveys[0].id;
});
afterAll(() => t.close());

describe('an anonymous answer, by construction', () => {
  it('has columns that hold no person, address, device or time of day', async () => {
    const columns = await rowsOf<Column>(
      t,
      `SELECT table_name AS table, column_name AS column, data_type AS type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('survey_responses', 'survey_token_uses')`,
    );
    const of = (table: string) =>
      Object.fromEntries(columns.filter((c) => c.table === table).map((c) => [c.column, c.type]));
    expect(of('survey_responses')).toEqual({
      id: 'uuid',
      network_id: 'uuid',
      survey_id: 'uuid',
      version: 'integer',
      event_id: 'uuid',
      answered_on: 'date',
      organisation_type: 'text',
      answers: 'jsonb',
      // Only for a survey its organisers made non-anonymous: null otherwise (below).
      respondent_email: 'text',
    });
    // The record that a token answered shares only the survey with the answers.
    expect(of('survey_token_uses')).toEqual({ network_id: 'uuid', survey_id: 'uuid', token_key: 'text' });
  });

  it('has no key that leads to a person, and nothing joins it to the used tokens', async () => {
    const links = await rowsOf<Link>(
      t,
      `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
       WHERE contype = 'f' AND (conrelid::regclass::text LIKE 'survey%' OR confrelid::regclass::text LIKE 'survey%')`,
    );
    const parentsOf = (child: string) =>
      links
        .filter((l) => l.child === child)
        .map((l) => l.parent)
        .sort();
    expect(parentsOf('survey_responses')).toEqual(['events', 'survey_versions', 'surveys']);
    expect(parentsOf('survey_token_uses')).toEqual(['surveys']);
    expect(links.filter((l) => l.parent === 'survey_responses' || l.parent === 'survey_token_uses')).toEqual(
      [],
    );
  });

  it('stores nothing of who answered: not their account, name, room, token or the time', async () => {
    const person = await buildPerson(t);
    const meeting = await buildPastMeeting(t, network);
    const who = await roomRespondent(t, network, meeting, {
      organisationType: 'municipality',
      userId: person.userId,
    });
    const answers = { nps: 9, change: 'Enemmän aikaa kysymyksille' };
    expect((await answerMeeting(t, network, meeting, answers, who.surveyToken)).statusCode).toBe(201);
    const [row] = await rowsOf<Record<string, unknown>>(
      t,
      'SELECT *, answered_on::text AS day FROM survey_responses WHERE event_id = $1',
      [meeting.id],
    );
    expect(row).toMatchObject({ organisation_type: 'municipality', respondent_email: null, answers });
    const stored = JSON.stringify(row);
    const secrets = [
      person.userId,
      person.email,
      who.participantId,
      who.token,
      who.surveyToken,
      hashToken(who.token),
      'Vastaaja',
    ];
    for (const secret of secrets) expect(stored).not.toContain(secret);
    expect(row?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The token's use is kept under a hash of the token alone, which the answer does not hold.
    const uses = await rowsOf<{ token_key: string }>(
      t,
      'SELECT token_key FROM survey_token_uses WHERE token_key = $1',
      [hashToken(who.surveyToken)],
    );
    expect(uses).toHaveLength(1);
    expect(stored).not.toContain(uses[0]?.token_key);
  });
});

describe('a survey its organisers made non-anonymous', () => {
  it("keeps a signed-in respondent's address, which their export shows and their deletion removes", async () => {
    const survey = (
      await t.request({ method: 'GET', url: `${surveysUrl()}/${surveyId}`, cookie: organiser })
    ).json();
    const edit = { title: survey.title, questions: survey.questions, anonymous: false, closeAfterDays: 14 };
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `${surveysUrl()}/${surveyId}`,
          payload: edit,
          cookie: organiser,
        })
      ).json(),
    ).toMatchObject({
      anonymous: false,
    });
    const form = (
      await t.request({
        method: 'GET',
        url: `/api/networks/${network.slug}/feedback/${(await buildPastMeeting(t, network, 2)).slug}`,
      })
    ).json();
    expect(form.anonymous).toBe(false);
    const person = await buildPerson(t);
    const meeting = await buildPastMeeting(t, network);
    const who = await roomRespondent(t, network, meeting, { userId: person.userId });
    expect((await answerMeeting(t, network, meeting, { nps: 4 }, who.surveyToken)).statusCode).toBe(201);
    const exported = (
      await t.request({ method: 'GET', url: '/api/me/export', cookie: person.cookie })
    ).json();
    expect(exported.surveyAnswers).toEqual([expect.objectContaining({ answers: { nps: 4 } })]);
    expect((await t.request({ method: 'DELETE', url: '/api/me', cookie: person.cookie })).statusCode).toBe(
      204,
    );
    const left = await rowsOf(t, 'SELECT 1 FROM survey_responses WHERE respondent_email = $1', [
      person.email,
    ]);
    expect(left).toEqual([]);
  });
});

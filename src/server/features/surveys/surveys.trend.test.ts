import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTheme } from '#server/features/events/events.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { CrossTab, SurveyTrend } from '#shared/surveys.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;
let earlier: { id: string; slug: string };
let later: { id: string; slug: string };

const read = async <T>(path: string) =>
  (
    await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/surveys/${surveyId}${path}`,
      cookie: organiser,
    })
  ).json() as T;

/** `scores.length` people in the meeting's room answer; `silent` more were there and did not. */
async function meetingWith(daysAgo: number, scores: number[], silent: number, themeId?: string) {
  const meeting = await buildPastMeeting(t, network, daysAgo, { themeId });
  for (const [i, nps] of scores.entries()) {
    const { surveyToken } = await roomRespondent(t, network, meeting);
    const answers = { nps, usefulness: nps >= 9 ? 5 : 4, 'first-time': i % 2 === 0 ? 'yes' : 'no' };
    const response = await answerMeeting(t, network, meeting, answers, surveyToken);
    if (response.statusCode !== 201) throw new Error(response.body);
  }
  for (let i = 0; i < silent; i++) await roomRespondent(t, network, meeting);
  return meeting;
}

beforeAll(async () => {
  t = await buildTestApp();
  ({
    network,
    organiser: { cookie: organiser },
  } = await buildNetwork(t));
  surveyId = (
    await t.request({ method: 'GET', url: `/api/networks/${network.slug}/surveys`, cookie: organiser })
  ).json().surveys[0].id;
  const theme = await addTheme(t.database.db, network, { title: { fi: 'Tekoäly' } });
  earlier = await meetingWith(10, [6, 7, 8, 9, 10, 0, 9, 8], 4, theme.id);
  later = await meetingWith(3, [10, 10, 9, 9, 9, 8], 2);
});
afterAll(() => t.close());

describe('the trend across the series', () => {
  it('gives each core item meeting by meeting, labelled by theme, with n', async () => {
    const trend = await read<SurveyTrend>('/trend');
    const nps = trend.items.find((item) => item.core === 'nps');
    expect(nps?.points.map((p) => [p.slug, p.theme?.fi ?? null, p.n, p.nps?.score])).toEqual([
      [earlier.slug, 'Tekoäly', 8, 12.5],
      [later.slug, null, 6, 83.3],
    ]);
    const useful = trend.items.find((item) => item.core === 'usefulness');
    expect(useful?.points.map((p) => p.n)).toEqual([8, 6]);
  });

  it('sets the answers against the room’s participants and the join clicks', async () => {
    const { reach } = await read<SurveyTrend>('/trend');
    expect(reach).toEqual([
      { eventId: earlier.id, responses: 8, participants: 12, joinClicks: 0 },
      { eventId: later.id, responses: 6, participants: 8, joinClicks: 0 },
    ]);
  });
});

describe('a cross-tab of two closed questions', () => {
  it('counts who answered both, hiding small cells so that no total gives them away', async () => {
    const table = await read<CrossTab>('/crosstab?rows=first-time&columns=nps');
    expect(table.rows.map((r) => r.value)).toEqual(['yes', 'no']);
    expect(table.columns.map((c) => c.value)).toEqual(['detractors', 'passives', 'promoters']);
    expect(table.total).toBe(14);
    // Every cell of this small table is under 5, so each is hidden.
    expect(table.cells.flat().every((cell) => cell === null || cell === 0)).toBe(true);
  });

  it('refuses a question with several or free answers, and one it does not have', async () => {
    for (const [query, field, code] of [
      ['rows=change&columns=nps', 'rows', 'not-closed'],
      ['rows=nps&columns=nowhere', 'columns', 'unknown-question'],
    ]) {
      const response = await t.request({
        method: 'GET',
        url: `/api/networks/${network.slug}/surveys/${surveyId}/crosstab?${query}`,
        cookie: organiser,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fieldIssues).toEqual({ [field as string]: { code } });
    }
  });
});

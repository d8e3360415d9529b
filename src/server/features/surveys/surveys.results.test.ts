import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { QuestionResult, SurveyResults } from '#shared/surveys.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';
import { netPromoterScore } from './survey-results.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;
let meeting: { id: string; slug: string };

// Twelve answers: 6 promoters, 4 passives, 2 detractors; 9 municipalities, 3 agencies.
const SCORES = [10, 10, 9, 9, 9, 9, 8, 8, 7, 7, 3, 0];
const USEFUL = [5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 'cant-say', 'cant-say'];

const results = async (query = '') =>
  (
    await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/surveys/${surveyId}/results${query}`,
      cookie: organiser,
    })
  ).json() as SurveyResults;
const question = (r: SurveyResults, id: string) => r.questions.find((q) => q.id === id) as QuestionResult;

beforeAll(async () => {
  t = await buildTestApp();
  ({
    network,
    organiser: { cookie: organiser },
  } = await buildNetwork(t));
  surveyId = (
    await t.request({ method: 'GET', url: `/api/networks/${network.slug}/surveys`, cookie: organiser })
  ).json().surveys[0].id;
  meeting = await buildPastMeeting(t, network);
  for (const [i, nps] of SCORES.entries()) {
    const organisationType = i < 9 ? 'municipality' : 'government-agency';
    const { surveyToken } = await roomRespondent(t, network, meeting, { organisationType });
    const answers = { nps, usefulness: USEFUL[i], 'first-time': i < 4 ? 'yes' : 'no', change: `Muutos ${i}` };
    const response = await answerMeeting(t, network, meeting, answers, surveyToken);
    if (response.statusCode !== 201) throw new Error(response.body);
  }
});
afterAll(() => t.close());

describe('the net promoter score', () => {
  it('is % promoters − % detractors, with the adjusted Wald interval around it', () => {
    const nps = netPromoterScore(SCORES);
    expect(nps.score).toBe(33.3);
    // (6 + ¾)/15 − (2 + ¾)/15 = 0.2667; ± 1.96·√((0.45 + 0.1833 − 0.0711)/15) = ± 0.3794
    expect(nps.low).toBe(-11.3);
    expect(nps.high).toBe(64.6);
    // One answer leaves the interval wide; at the ends it is cut to −100…100.
    expect(netPromoterScore([10])).toMatchObject({ score: 100, low: -48.5, high: 98.5 });
    expect(netPromoterScore([0, 0, 0, 0, 0])).toMatchObject({ score: -100, low: -100, high: -17.5 });
  });
});

describe("a survey's results", () => {
  it('give each question its n, and the NPS with its interval', async () => {
    const all = await results();
    expect(all.responses).toBe(12);
    expect(all.minCount).toBe(5);
    const nps = question(all, 'nps');
    expect(nps.n).toBe(12);
    expect(nps.nps).toMatchObject({ score: 33.3, low: -11.3, high: 64.6 });
  });

  it('hide the small groups of the NPS and their points, since n and the score would give them away', async () => {
    const nps = question(await results(), 'nps').nps;
    // Detractors (2) and passives (4) are small: no group count is published.
    expect(nps).toMatchObject({ promoters: null, passives: null, detractors: null });
    expect(question(await results(), 'nps').points.every((p) => p.count === null)).toBe(true);
  });

  it('hide a small count with a second one, and leave the mean out while any is hidden', async () => {
    const useful = question(await results(), 'usefulness');
    const counts = Object.fromEntries(useful.points.map((p) => [p.value, p.count]));
    expect(counts['4']).toBe(5);
    expect(counts['1']).toBe(0);
    // 4 × "5", 1 × "3", 2 × "can't say" are all small: hidden, and n = 12 cannot recover them.
    expect([counts['5'], counts['3'], counts['cant-say']]).toEqual([null, null, null]);
    expect(useful.mean).toBeNull();
  });

  it('show free text only as a count', async () => {
    const change = question(await results(), 'change');
    expect(change).toMatchObject({ n: 12, points: [], mean: null });
  });

  it('filter by organisation type and first-timers, hiding a filter with fewer than five answers', async () => {
    const municipalities = await results('?organisationType=municipality');
    expect(municipalities.responses).toBe(9);
    const agencies = await results('?organisationType=government-agency');
    expect(agencies).toMatchObject({ responses: null, questions: [] });
    const returning = await results('?firstTime=no');
    expect(returning.responses).toBe(8);
    expect((await results(`?event=${meeting.id}&firstTime=yes`)).responses).toBeNull();
  });

  it('refuse a filter it does not know, naming it', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/surveys/${surveyId}/results?organisationType=club`,
      cookie: organiser,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual(['organisationType']);
  });
});

import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '#server/features/events/events.tables.ts';
import { findNetworkBySlug } from '#server/features/networks/networks.queries.ts';
import { listLists } from '#server/features/outreach/outreach.service.ts';
import { getSurvey } from '#server/features/surveys/surveys.service.ts';
import { surveyResponses } from '#server/features/surveys/surveys.tables.ts';
import {
  answersSchemaOf,
  type SurveyResults,
  type SurveySummary,
  type SurveyTrend,
} from '#shared/surveys.ts';
import { buildTestApp, signIn, type TestApp } from '#test/app.ts';
import { loadDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo network', () => {
  it('loads a synthetic network modelled on the seed, with people from its target organisations', async () => {
    const started = performance.now();
    expect(await loadDemo(t.database.db, { onlyIfEmpty: true })).toBe(true);
    // Kept in the output: the demo loads at every first start with DEMO=1.
    console.info(`loadDemo: ${Math.round(performance.now() - started)} ms (${t.database.kind})`);
    const network = (await t.request({ method: 'GET', url: '/api/networks/digin-edistajat' })).json();
    expect(network).toMatchObject({
      hashtag: '#DiginEdistäjät',
      timeZone: 'Europe/Helsinki',
      status: 'active',
    });
    expect(network.goals).toHaveLength(5);
    for (const lang of ['fi', 'sv', 'en'])
      expect(network.descriptionHtml[lang]).toMatch(/synte|påhittade|synthetic/);
    const session = (await t.request({ method: 'GET', url: '/api/session' })).json();
    expect(session.setupNeeded).toBe(true); // demo people are not admins: the setup code makes one
  });

  it('holds the seed programme: 17 first-Friday meetings with themes and introductions, and more to come', async () => {
    const api = (path: string) => `/api/networks/digin-edistajat${path}`;
    const past = (await t.request({ method: 'GET', url: api('/events?when=past&limit=500') })).json().events;
    const seed = past.filter((e: { localDate: string }) => e.localDate <= '2023-03-03');
    expect(seed).toHaveLength(17);
    expect(seed.every((e: { theme: unknown }) => e.theme !== null)).toBe(true);
    const legislation = await t.request({ method: 'GET', url: api('/events?when=past&q=lainsäädäntö') });
    expect(legislation.json().events.length).toBeGreaterThan(0);
    const first = (await t.request({ method: 'GET', url: api('/events/2021-11-05') })).json();
    expect(first.introductionHtml.fi).toContain('<li>');
    expect(first.title).toMatchObject({
      fi: expect.any(String),
      sv: expect.any(String),
      en: expect.any(String),
    });
    const swedish = await t.request({ method: 'GET', url: api('/events?when=all&q=tillgänglighet') });
    expect(swedish.json().events.length).toBeGreaterThan(0);
    expect(first.startsAt).toBe('2021-11-05T07:00:00.000Z');
    const upcoming = (await t.request({ method: 'GET', url: api('/events?when=upcoming') })).json().events;
    expect(upcoming.length).toBeGreaterThanOrEqual(5);
    const programme = (await t.request({ method: 'GET', url: api('/programme') })).json().themes;
    expect(programme.filter((th: { status: string }) => th.status === 'held')).toHaveLength(17);
  });

  it('leaves each held meeting its materials, marked synthetic, and the recordings the seed suggests', async () => {
    const api = (path: string) => `/api/networks/digin-edistajat${path}`;
    const network = (await t.request({ method: 'GET', url: api('') })).json();
    expect(network.hostName.fi).toBe('Valtiovarainministeriö');
    const past = (await t.request({ method: 'GET', url: api('/events?when=past&limit=500') })).json().events;
    const seed = past.filter((e: { localDate: string }) => e.localDate <= '2023-03-03');
    for (const event of seed) {
      expect(event.materials.map((m: { kind: string }) => m.kind)).toEqual(['link', 'file']);
      for (const material of event.materials) {
        expect(material.title.fi).toMatch(/synteettinen/);
        expect(material.title.sv).toMatch(/syntetiskt/);
      }
    }
    expect(seed.filter((e: { recordingUrl: string | null }) => e.recordingUrl).length).toBeGreaterThanOrEqual(
      16,
    );
    const notes = seed[0].materials[1];
    const file = await t.request({ method: 'GET', url: new URL(notes.url).pathname });
    expect(file.headers['content-type']).toMatch(/^text\/plain/);
    expect(file.body).toContain('Synteettinen esimerkkiaineisto');
  });

  it('has the seed’s mailing lists, with confirmed synthetic addresses, one of them on the interest form', async () => {
    const form = (await t.request({ method: 'GET', url: '/api/networks/digin-edistajat/interest' })).json();
    expect(form.lists.map((l: { name: object }) => l.name)).toEqual([
      { fi: 'Kiinnostuneet henkilöt', sv: 'Intresserade personer', en: 'Interested people' },
    ]);
    const network = await findNetworkBySlug(t.database.db, 'digin-edistajat');
    if (!network) throw new Error('no demo network');
    const lists = await listLists(t.database.db, network);
    expect(lists.map((l) => [l.name.fi, l.counts.confirmed])).toEqual([
      ['Kunnat', 12],
      ['Valtion virastot', 12],
      ['Kiinnostuneet henkilöt', 12],
    ]);
  });

  it('asks each seed meeting for feedback: NPS and usefulness improve over the series, and a season survey', async () => {
    const organiser = await signIn(t, 'organiser@demo.example.org');
    const api = async <T>(path: string) =>
      (
        await t.request({ method: 'GET', url: `/api/networks/digin-edistajat${path}`, cookie: organiser })
      ).json() as T;
    const { surveys } = await api<{ surveys: SurveySummary[] }>('/surveys');
    const postMeeting = surveys.find((s) => s.kind === 'post-meeting') as SurveySummary;
    const trend = await api<SurveyTrend>(`/surveys/${postMeeting.id}/trend`);
    const [nps, usefulness] = ['nps', 'usefulness'].map((core) => trend.items.find((i) => i.core === core));
    expect(nps?.points).toHaveLength(17);
    expect(nps?.points.every((p) => (p.n ?? 0) >= 10 && p.nps !== null)).toBe(true);
    const scores = nps?.points.map((p) => p.nps?.score ?? 0) ?? [];
    expect(scores[0]).toBeLessThan(scores.at(-1) as number);
    expect(scores.some((score, i) => i > 0 && score < (scores[i - 1] as number))).toBe(true); // with dips
    const means = usefulness?.points.map((p) => p.mean) ?? [];
    expect(means[0]).toBeLessThan(means.at(-1) as number);
    const answered = trend.reach.map((r) => r.responses ?? 0);
    expect(Math.min(...answered)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...answered)).toBeLessThanOrEqual(100);
    const [first, last] = [nps?.points[0], nps?.points.at(-1)];
    const firstTime = async (eventId = '') => {
      const results = await api<SurveyResults>(`/surveys/${postMeeting.id}/results?event=${eventId}`);
      const points = results.questions.find((q) => q.core === 'first-time')?.points ?? [];
      return Object.fromEntries(points.map((p) => [p.value, p.count ?? 0]));
    };
    expect(await firstTime(first?.eventId)).toMatchObject({ no: 0 });
    const later = await firstTime(last?.eventId);
    expect(later.no).toBeGreaterThan(later.yes as number);
    const season = surveys.filter((s) => s.kind === 'periodic');
    expect(season.map((s) => [s.title.fi, s.opensOn, s.closesOn])).toEqual([
      ['Kevät 2023 -kysely', '2023-03-01', '2023-03-31'],
    ]);
    expect(season[0]?.responses).toBe(60);
    const seasonal = await api<SurveyResults>(`/surveys/${season[0]?.id}/results`);
    expect(seasonal.questions.map((q) => [q.id, q.core])).toEqual([
      ['nps', 'nps'],
      ['usefulness', 'usefulness'],
      ['operating-model', null],
      ['topics', null],
      ['format', null],
    ]);
  });

  it('gives answers the answer API would take, dated the meeting’s day or up to three days after', async () => {
    const { db } = t.database;
    const network = await findNetworkBySlug(db, 'digin-edistajat');
    if (!network) throw new Error('no demo network');
    const rows = await db.select().from(surveyResponses).where(eq(surveyResponses.networkId, network.id));
    const dates = new Map(
      (await db.select().from(events).where(eq(events.networkId, network.id))).map((e) => [
        e.id,
        e.localDate,
      ]),
    );
    const surveys = new Map<string, Awaited<ReturnType<typeof getSurvey>>>();
    for (const row of rows) {
      const survey = surveys.get(row.surveyId) ?? (await getSurvey(db, network, row.surveyId));
      surveys.set(survey.id, survey);
      expect(answersSchemaOf(survey.questions).parse(row.answers)).toEqual(row.answers);
      const day = DateTime.fromISO(row.eventId ? (dates.get(row.eventId) as string) : '2023-03-01');
      const after = DateTime.fromISO(row.answeredOn).diff(day, 'days').days;
      expect(after).toBeGreaterThanOrEqual(0);
      expect(after).toBeLessThanOrEqual(row.eventId ? 3 : 30);
    }
    const types = Object.groupBy(rows, (r) => r.organisationType ?? 'unknown');
    const [most] = Object.entries(types).sort(([, a], [, b]) => (b?.length ?? 0) - (a?.length ?? 0));
    expect(most?.[0]).toBe('municipality');
    const texts = rows.flatMap((r) => (typeof r.answers.change === 'string' ? [r.answers.change] : []));
    expect(new Set(texts).size).toBeGreaterThanOrEqual(35);
    expect(texts.some((text) => /@|\d{3} \d{3} \d{4}/.test(text))).toBe(true); // for moderation to mask
  });

  it('does not load twice', async () => {
    expect(await loadDemo(t.database.db, { onlyIfEmpty: true })).toBe(false);
    expect(await loadDemo(t.database.db, { onlyIfEmpty: false })).toBe(false);
  });
});

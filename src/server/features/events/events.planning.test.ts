import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork, SEED_RULE } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const series = { title: { fi: 'Verkostotapaaminen' }, rule: SEED_RULE };
type Summary = { slug: string; localDate: string; theme: { id: string; title: { fi?: string } } | null };
type Call = Awaited<ReturnType<typeof organiserNetwork>>['call'];

const themedMeetings = async (call: Call) =>
  ((await call('GET', '/events?when=all&limit=500')).json().events as Summary[]).filter((e) => e.theme);

async function organiserNetwork() {
  const { network, organiser } = await buildNetwork(t);
  const call = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
    t.request({ method, url: `/api/networks/${network.slug}${path}`, payload, cookie: organiser.cookie });
  return { call };
}

describe('a new series takes the themes planned for its months', () => {
  it('puts each planned theme on its month’s meeting, a second one on the second meeting', async () => {
    const { call } = await organiserNetwork();
    const add = async (title: string, intendedMonth: string | null) =>
      (await call('POST', '/themes', { title: { fi: title }, intendedMonth })).json().id as string;
    const law = await add('Lainsäädäntö', '2022-02');
    const data = await add('Data', '2022-05');
    const unplanned = await add('Joskus', null);
    const outside = await add('Myöhemmin', '2024-01');
    const weekly = { ...series, rule: { ...SEED_RULE, rrule: 'FREQ=WEEKLY;BYDAY=FR', until: '2022-05-31' } };
    await call('POST', '/themes', { title: { fi: 'Data, osa 2' }, intendedMonth: '2022-05' });

    expect((await call('POST', '/series', weekly)).statusCode).toBe(201);
    const themed = (await themedMeetings(call)).filter((e) => e.theme);
    expect(themed.map((e) => [e.localDate, e.theme?.title.fi])).toEqual([
      ['2022-02-04', 'Lainsäädäntö'],
      ['2022-05-06', 'Data'],
      ['2022-05-13', 'Data, osa 2'],
    ]);
    expect(themed.map((e) => e.theme?.id)).not.toContain(unplanned);
    expect(themed.map((e) => e.theme?.id)).not.toContain(outside);
    expect(themed[0]?.theme?.id).toBe(law);
    expect(themed[1]?.theme?.id).toBe(data);

    // …and the theme can be moved to another meeting with the existing edit.
    await call('PATCH', '/events/2022-02-04', { themeId: null });
    await call('PATCH', '/events/2022-02-11', { themeId: law });
    const listed = (await call('GET', `/events?when=all&theme=${law}`)).json().events as Summary[];
    expect(listed.map((e) => e.localDate)).toEqual(['2022-02-11']);
  });

  it('leaves a theme on the meeting that already has it when a later series covers its month', async () => {
    const { call } = await organiserNetwork();
    await call('POST', '/themes', { title: { fi: 'Lainsäädäntö' }, intendedMonth: '2022-02' });
    await call('POST', '/series', series);
    await call('POST', '/series', { ...series, rule: { ...SEED_RULE, startTime: '13:00' } });
    const themed = (await themedMeetings(call)).filter((e) => e.theme);
    expect(themed.map((e) => [e.slug, e.theme?.title.fi])).toEqual([['2022-02-04', 'Lainsäädäntö']]);
  });

  it('writes no theme when the series is refused', async () => {
    const { call } = await organiserNetwork();
    await call('POST', '/themes', { title: { fi: 'Lainsäädäntö' }, intendedMonth: '2022-02' });
    const refused = await call('POST', '/series', { ...series, meetingUrl: 'javascript:alert(1)' });
    expect(refused.statusCode).toBe(400);
    expect((await call('GET', '/events?when=all')).json().events).toEqual([]);
  });
});

describe('public holidays', () => {
  const epiphany = { date: '2023-01-06', name: { fi: 'loppiainen', sv: 'trettondedag jul', en: 'Epiphany' } };

  it('are named before a series is saved, and saving it is not refused', async () => {
    const { call } = await organiserNetwork();
    const preview = await call('POST', '/series/preview', { rule: SEED_RULE });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().meetings).toHaveLength(17);
    expect(preview.json().holidays).toEqual([epiphany]);
    expect((await call('GET', '/events?when=all')).json().events).toEqual([]); // a preview writes nothing
    // … so the network's cached lists and feeds stay (a saved series forgets them).
    const forget = vi.spyOn(t.app.eventsCache, 'forget');
    await call('POST', '/series/preview', { rule: SEED_RULE });
    expect(forget).not.toHaveBeenCalled();

    const created = await call('POST', '/series', series);
    expect(created.statusCode).toBe(201);
    expect(created.json().holidays).toEqual([epiphany]);
    expect(forget).toHaveBeenCalledOnce();
    forget.mockRestore();
  });

  it('are named for a single meeting, before and after it is saved', async () => {
    const { call } = await organiserNetwork();
    const newYear = {
      date: '2027-01-01',
      name: { fi: 'uudenvuodenpäivä', sv: 'nyårsdagen', en: "New Year's Day" },
    };
    expect((await call('GET', '/holidays?date=2027-01-01')).json()).toEqual({ holidays: [newYear] });
    expect((await call('GET', '/holidays?date=2027-01-08')).json()).toEqual({ holidays: [] });
    const meeting = {
      title: { fi: 'Uusivuosi' },
      date: '2027-01-01',
      startTime: '09:00',
      durationMinutes: 60,
    };
    const created = await call('POST', '/events', meeting);
    expect(created.statusCode).toBe(201);
    expect(created.json().holidays).toEqual([newYear]);
  });

  it('a preview of a bad rule is answered with the field, like creation', async () => {
    const { call } = await organiserNetwork();
    const bad = await call('POST', '/series/preview', { rule: { ...SEED_RULE, until: '2020-01-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldIssues['rule.until']).toEqual({ code: 'before-start' });
    expect((await call('GET', '/holidays?date=1.1.2027')).statusCode).toBe(400);
  });
});

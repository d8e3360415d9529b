import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork, buildPerson, SEED_RULE } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const seedSeries = {
  title: { fi: 'Digitalisaation edistäjien verkostotapaaminen' },
  meetingUrl: 'https://meet.example.org/digin-edistajat',
  rule: { ...SEED_RULE, exceptMonths: [7] },
};

async function organiserNetwork() {
  const { network, organiser } = await buildNetwork(t);
  const api = (path: string) => `/api/networks/${network.slug}${path}`;
  return { network, organiser, api };
}

describe('programme', () => {
  it('lets an organiser plan themes, reorder them and mark them held', async () => {
    const { organiser, api } = await organiserNetwork();
    const add = (title: string, intendedMonth: string) =>
      t.request({
        method: 'POST',
        url: api('/themes'),
        payload: { title: { fi: title }, intendedMonth },
        cookie: organiser.cookie,
      });
    const law = (await add('Digitalisaatiota koskeva lainsäädäntö', '2021-11')).json();
    const services = (await add('Digipalvelut', '2021-12')).json();
    expect(law).toMatchObject({ status: 'planned', position: 0 });

    const order = await t.request({
      method: 'PUT',
      url: api('/themes/order'),
      payload: { themeIds: [services.id, law.id] },
      cookie: organiser.cookie,
    });
    expect(order.json().themes.map((th: { title: { fi: string } }) => th.title.fi)).toEqual([
      'Digipalvelut',
      law.title.fi,
    ]);

    const held = await t.request({
      method: 'PATCH',
      url: api(`/themes/${law.id}`),
      payload: { status: 'held', description: { fi: '**Tiedonhallintalaki** ja digipalvelulaki' } },
      cookie: organiser.cookie,
    });
    expect(held.json()).toMatchObject({ status: 'held' });
    expect(held.json().descriptionHtml.fi).toContain('<strong>Tiedonhallintalaki</strong>');

    const visitorView = await t.request({ method: 'GET', url: api('/programme') });
    expect(visitorView.json().themes).toHaveLength(2);
  });

  it('refuses an order that leaves out or repeats a theme, and changes nothing', async () => {
    const { organiser, api } = await organiserNetwork();
    const a = (
      await t.request({
        method: 'POST',
        url: api('/themes'),
        payload: { title: { fi: 'A' } },
        cookie: organiser.cookie,
      })
    ).json();
    await t.request({
      method: 'POST',
      url: api('/themes'),
      payload: { title: { fi: 'B' } },
      cookie: organiser.cookie,
    });
    const bad = await t.request({
      method: 'PUT',
      url: api('/themes/order'),
      payload: { themeIds: [a.id, a.id] },
      cookie: organiser.cookie,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['themeIds.1']); // the repeat, by its index
    const programme = await t.request({ method: 'GET', url: api('/programme') });
    expect(programme.json().themes.map((th: { title: { fi: string } }) => th.title.fi)).toEqual(['A', 'B']);
  });
});

describe('series', () => {
  it('creates one event per first Friday, keeping 9:00 Helsinki time across daylight saving, except July', async () => {
    const { organiser, api } = await organiserNetwork();
    const created = await t.request({
      method: 'POST',
      url: api('/series'),
      payload: seedSeries,
      cookie: organiser.cookie,
    });
    expect(created.statusCode).toBe(201);
    const events = created.json().events;
    expect(events).toHaveLength(16);
    expect(events.map((e: { localDate: string }) => e.localDate)).not.toContain('2022-07-01');
    expect(events[0]).toMatchObject({ slug: '2021-11-05', startsAt: '2021-11-05T07:00:00.000Z' });
    const june = events.find((e: { localDate: string }) => e.localDate === '2022-06-03');
    expect(june).toMatchObject({ startsAt: '2022-06-03T06:00:00.000Z', endsAt: '2022-06-03T07:30:00.000Z' });
  });

  it.each([
    ['an invalid RRULE', { rrule: 'FREQ=SOMETIMES' }, 'rule.rrule', { code: 'invalid-rule' }],
    ['an end before the start', { until: '2020-01-01' }, 'rule.until', { code: 'before-start' }],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'rule.timeZone', { code: 'not-a-time-zone' }],
    [
      'more than 500 occurrences',
      { rrule: 'FREQ=DAILY', until: '2024-12-31' },
      'rule.rrule',
      { code: 'too-many-meetings', limit: 500 },
    ],
  ])('answers %s with 400 naming the field and writes nothing', async (_, change, field, issue) => {
    const { organiser, api } = await organiserNetwork();
    const payload = { ...seedSeries, rule: { ...seedSeries.rule, ...change } };
    const response = await t.request({
      method: 'POST',
      url: api('/series'),
      payload,
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toContain(field);
    // …with a code the web says in the reader's language.
    expect(response.json().error.fieldIssues[field]).toEqual(issue);
    const list = await t.request({ method: 'GET', url: api('/events?when=all'), cookie: organiser.cookie });
    expect(list.json().events).toEqual([]);
  });

  it('refuses a meeting link that is not http(s)', async () => {
    const { organiser, api } = await organiserNetwork();
    const payload = { ...seedSeries, meetingUrl: 'javascript:alert(1)' };
    const response = await t.request({
      method: 'POST',
      url: api('/series'),
      payload,
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('meetingUrl');
  });

  it('moves this and the following meetings to a new time, leaving earlier ones as they were', async () => {
    const { organiser, api } = await organiserNetwork();
    await t.request({ method: 'POST', url: api('/series'), payload: seedSeries, cookie: organiser.cookie });
    const edit = await t.request({
      method: 'PATCH',
      url: api('/events/2022-09-02'),
      payload: { scope: 'following', startTime: '13:00', durationMinutes: 60 },
      cookie: organiser.cookie,
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({
      startsAt: '2022-09-02T10:00:00.000Z',
      endsAt: '2022-09-02T11:00:00.000Z',
    });
    const all = (
      await t.request({ method: 'GET', url: api('/events?when=all'), cookie: organiser.cookie })
    ).json().events;
    const at = (date: string) => all.find((e: { localDate: string }) => e.localDate === date);
    expect(at('2022-08-05').startsAt).toBe('2022-08-05T06:00:00.000Z');
    expect(at('2022-12-02').startsAt).toBe('2022-12-02T11:00:00.000Z'); // 13:00 in winter time
    expect(at('2022-12-02').seriesId).toBe(at('2022-09-02').seriesId);
    expect(at('2022-12-02').seriesId).not.toBe(at('2022-08-05').seriesId);
  });

  it('changes one meeting only, and keeps a cancelled one visible as cancelled', async () => {
    const { organiser, api } = await organiserNetwork();
    await t.request({ method: 'POST', url: api('/series'), payload: seedSeries, cookie: organiser.cookie });
    const one = await t.request({
      method: 'PATCH',
      url: api('/events/2022-03-04'),
      payload: { title: { fi: 'Digikompassi' }, status: 'cancelled' },
      cookie: organiser.cookie,
    });
    expect(one.json()).toMatchObject({ title: { fi: 'Digikompassi' }, status: 'cancelled' });
    const visitor = (await t.request({ method: 'GET', url: api('/events?when=all') })).json().events;
    expect(visitor.find((e: { slug: string }) => e.slug === '2022-03-04').status).toBe('cancelled');
    expect(visitor.find((e: { slug: string }) => e.slug === '2022-04-01').title).toEqual(seedSeries.title);
  });
});

describe('events', () => {
  it('shows the meeting link to visitors only from the configured time before the start', async () => {
    const { organiser, api } = await organiserNetwork();
    const soon = new Date(Date.now() + 10 * 60_000);
    const later = new Date(Date.now() + 3 * 24 * 3600_000);
    const create = (date: Date) =>
      t.request({
        method: 'POST',
        url: api('/events'),
        cookie: organiser.cookie,
        payload: {
          title: { fi: 'Avoin tapaaminen' },
          // The date and time in Helsinki (after 22:00 UTC, Helsinki is already on the next day).
          date: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(date),
          startTime: new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Europe/Helsinki',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(date),
          durationMinutes: 60,
          meetingUrl: 'https://meet.example.org/avoin',
          joinOpensMinutesBefore: 30,
        },
      });
    const near = (await create(soon)).json();
    const far = (await create(later)).json();
    expect(far.meetingUrl).toBe('https://meet.example.org/avoin'); // organisers always see it
    const asVisitor = async (slug: string) =>
      (await t.request({ method: 'GET', url: api(`/events/${slug}`) })).json();
    expect((await asVisitor(near.slug)).meetingUrl).toBe('https://meet.example.org/avoin');
    expect((await asVisitor(far.slug)).meetingUrl).toBeNull();
    expect((await asVisitor(far.slug)).joinCount).toBeNull();
  });

  it('hides drafts from visitors and finds past events by Finnish word forms, theme and year', async () => {
    const { organiser, api } = await organiserNetwork();
    const theme = (
      await t.request({
        method: 'POST',
        url: api('/themes'),
        payload: { title: { fi: 'Kunnat ja digi' } },
        cookie: organiser.cookie,
      })
    ).json();
    const event = (date: string, title: string, extra: object = {}) =>
      t.request({
        method: 'POST',
        url: api('/events'),
        cookie: organiser.cookie,
        payload: { title: { fi: title }, date, startTime: '09:00', durationMinutes: 90, ...extra },
      });
    await event('2022-05-06', 'Kunnan digipalvelut', {
      themeId: theme.id,
      introduction: { fi: 'Miten kunta kehittää palveluja?' },
    });
    await event('2023-02-03', 'Valtion virastot');
    await event('2022-06-03', 'Luonnos', { status: 'draft' });
    const find = async (query: string, cookie?: string) =>
      (await t.request({ method: 'GET', url: api(`/events?when=past&${query}`), cookie }))
        .json()
        .events.map((e: { title: { fi: string } }) => e.title.fi);
    expect(await find('q=kunnat')).toEqual(['Kunnan digipalvelut']);
    expect(await find(`theme=${theme.id}`)).toEqual(['Kunnan digipalvelut']);
    expect(await find('year=2023')).toEqual(['Valtion virastot']);
    expect(await find('year=2022')).toEqual(['Kunnan digipalvelut']);
    expect(await find('year=2022', organiser.cookie)).toEqual(['Luonnos', 'Kunnan digipalvelut']);
    expect((await t.request({ method: 'GET', url: api('/events/2022-06-03') })).statusCode).toBe(404);
  });
});

describe('permissions', () => {
  it('refuse planning to visitors, members and organisers of another network', async () => {
    const { network, api, organiser } = await organiserNetwork();
    const other = await buildNetwork(t);
    const member = await buildPerson(t);
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/membership`,
      cookie: member.cookie,
    });
    const theme = (
      await t.request({
        method: 'POST',
        url: api('/themes'),
        payload: { title: { fi: 'T' } },
        cookie: organiser.cookie,
      })
    ).json();
    await t.request({ method: 'POST', url: api('/series'), payload: seedSeries, cookie: organiser.cookie });
    const actions = [
      { method: 'POST' as const, url: api('/themes'), payload: { title: { fi: 'X' } } },
      { method: 'PATCH' as const, url: api(`/themes/${theme.id}`), payload: { title: { fi: 'X' } } },
      { method: 'DELETE' as const, url: api(`/themes/${theme.id}`) },
      { method: 'PUT' as const, url: api('/themes/order'), payload: { themeIds: [theme.id] } },
      { method: 'POST' as const, url: api('/series'), payload: seedSeries },
      { method: 'POST' as const, url: api('/series/preview'), payload: { rule: seedSeries.rule } },
      { method: 'GET' as const, url: api('/holidays?date=2027-01-01') },
      {
        method: 'POST' as const,
        url: api('/events'),
        payload: { title: { fi: 'X' }, date: '2030-01-04', startTime: '09:00', durationMinutes: 60 },
      },
      { method: 'PATCH' as const, url: api('/events/2021-11-05'), payload: { status: 'cancelled' } },
    ];
    for (const action of actions) {
      expect((await t.request(action)).statusCode, `visitor ${action.method} ${action.url}`).toBe(401);
      for (const cookie of [member.cookie, other.organiser.cookie]) {
        expect((await t.request({ ...action, cookie })).statusCode, `${action.method} ${action.url}`).toBe(
          403,
        );
      }
    }
    const events = (await t.request({ method: 'GET', url: api('/events?when=all') })).json().events;
    expect(events).toHaveLength(16);
    expect(events.every((e: { status: string }) => e.status === 'published')).toBe(true);
    const otherEvents = await t.request({
      method: 'GET',
      url: `/api/networks/${other.network.slug}/events?when=all`,
    });
    expect(otherEvents.json().events).toEqual([]); // never another network's events
  });
});

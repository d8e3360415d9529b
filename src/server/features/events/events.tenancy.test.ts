import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';
import { insertEvents, setAttending } from './events.queries.ts';

let t: TestApp;
let ours: Awaited<ReturnType<typeof buildNetwork>>;
let theirs: Awaited<ReturnType<typeof buildNetwork>>;
/** Their theme and event: a date we have no event on, so the slug is theirs alone. */
let theirTheme: { id: string };
let theirEvent: { id: string; slug: string };
const api = (path: string) => `/api/networks/${ours.network.slug}${path}`;

beforeAll(async () => {
  t = await buildTestApp();
  ours = await buildNetwork(t);
  theirs = await buildNetwork(t);
  const theirApi = (path: string) => `/api/networks/${theirs.network.slug}${path}`;
  const cookie = theirs.organiser.cookie;
  theirTheme = (
    await t.request({
      method: 'POST',
      url: theirApi('/themes'),
      payload: { title: { fi: 'Heidän' } },
      cookie,
    })
  ).json();
  await t.request({
    method: 'POST',
    url: api('/themes'),
    payload: { title: { fi: 'Oma' } },
    cookie: ours.organiser.cookie,
  });
  theirEvent = (
    await t.request({
      method: 'POST',
      url: theirApi('/events'),
      payload: {
        title: { fi: 'Heidän tapaaminen' },
        date: '2031-05-02',
        startTime: '09:00',
        durationMinutes: 60,
        themeId: theirTheme.id,
      },
      cookie,
    })
  ).json();
});
afterAll(() => t.close());

/** Their network's programme and event as their own organiser sees them. */
async function theirState() {
  const theirApi = (path: string) => `/api/networks/${theirs.network.slug}${path}`;
  const cookie = theirs.organiser.cookie;
  const [programme, event] = await Promise.all([
    t.request({ method: 'GET', url: theirApi('/programme'), cookie }),
    t.request({ method: 'GET', url: theirApi(`/events/${theirEvent.slug}`), cookie }),
  ]);
  return { programme: programme.json(), event: event.json() };
}

describe("another network's events and themes under our network's address", () => {
  it('are not found, and nothing of theirs changes', async () => {
    const before = await theirState();
    const cookie = ours.organiser.cookie;
    const member = await buildMember(t, ours.network);
    for (const key of [theirEvent.slug, theirEvent.id]) {
      const attempts = [
        { method: 'GET' as const, url: api(`/events/${key}`), cookie },
        {
          method: 'PATCH' as const,
          url: api(`/events/${key}`),
          payload: { title: { fi: 'Kaapattu' } },
          cookie,
        },
        { method: 'PUT' as const, url: api(`/events/${key}/attendance`), cookie: member.cookie },
        { method: 'DELETE' as const, url: api(`/events/${key}/attendance`), cookie: member.cookie },
      ];
      for (const attempt of attempts) {
        expect((await t.request(attempt)).statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
      }
    }
    for (const attempt of [
      {
        method: 'PATCH' as const,
        url: api(`/themes/${theirTheme.id}`),
        payload: { title: { fi: 'Kaapattu' } },
      },
      { method: 'DELETE' as const, url: api(`/themes/${theirTheme.id}`) },
    ]) {
      expect((await t.request({ ...attempt, cookie })).statusCode, `${attempt.method} ${attempt.url}`).toBe(
        404,
      );
    }
    expect(await theirState()).toEqual(before);
  });

  it('cannot be given to our events, ordered in our programme or filtered by', async () => {
    const cookie = ours.organiser.cookie;
    const ourProgramme = (await t.request({ method: 'GET', url: api('/programme') })).json();
    const created = await t.request({
      method: 'POST',
      url: api('/events'),
      payload: {
        title: { fi: 'Oma' },
        date: '2031-06-06',
        startTime: '09:00',
        durationMinutes: 60,
        themeId: theirTheme.id,
      },
      cookie,
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toHaveProperty('themeId');
    const order = await t.request({
      method: 'PUT',
      url: api('/themes/order'),
      payload: { themeIds: [theirTheme.id, ...ourProgramme.themes.map((th: { id: string }) => th.id)] },
      cookie,
    });
    expect(order.statusCode).toBe(400);
    const filtered = await t.request({
      method: 'GET',
      url: api(`/events?when=all&theme=${theirTheme.id}`),
      cookie,
    });
    expect(filtered.json().events).toEqual([]);
    const all = await t.request({ method: 'GET', url: api('/events?when=all'), cookie });
    expect(all.json().events).toEqual([]);
    expect((await t.request({ method: 'GET', url: api('/programme') })).json()).toEqual(ourProgramme);
  });

  it('are refused by the database itself when a query is handed them', async () => {
    const member = await buildMember(t, ours.network);
    await expect(
      setAttending(t.database.db, {
        networkId: ours.network.id,
        eventId: theirEvent.id,
        userId: member.userId,
        attending: true,
      }),
    ).rejects.toThrow();
    await expect(
      insertEvents(t.database.db, [
        {
          networkId: ours.network.id,
          themeId: theirTheme.id,
          slug: 'vieras-teema',
          title: { fi: 'Vieras teema' },
          startsAt: new Date('2031-07-04T06:00:00Z'),
          endsAt: new Date('2031-07-04T07:00:00Z'),
          timeZone: 'Europe/Helsinki',
          localDate: '2031-07-04',
        },
      ]),
    ).rejects.toThrow();
    const all = await t.request({
      method: 'GET',
      url: api('/events?when=all'),
      cookie: ours.organiser.cookie,
    });
    expect(all.json().events).toEqual([]);
    expect((await theirState()).event.attendingCount).toBe(0);
  });
});

import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { WAIT } from '#test/budget.ts';
import { buildNetwork, SEED_RULE } from '#test/factories.ts';

let t: TestApp;
let slug: string;
let organiser: string;
beforeAll(async () => {
  t = await buildTestApp();
  const built = await buildNetwork(t);
  slug = built.network.slug;
  organiser = built.organiser.cookie;
  await t.request({
    method: 'POST',
    url: `/api/networks/${slug}/series`,
    cookie: organiser,
    payload: {
      title: { fi: 'Verkostotapaaminen' },
      meetingUrl: 'https://meet.example.org/verkosto',
      rule: SEED_RULE,
    },
  });
});
afterAll(() => t.close());

const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('calendar feed', () => {
  it('lists every meeting at 9:00 Helsinki time, with stable UIDs', async () => {
    const response = await t.request({ method: 'GET', url: `/n/${slug}/calendar.ics` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const events = vevents(response.body);
    expect(events).toHaveLength(17);
    const june = events.find((e) => String(e.getFirstPropertyValue('dtstart')).startsWith('2022-06-03'));
    expect(june?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Helsinki');
    expect(String(june?.getFirstPropertyValue('dtstart'))).toBe('2022-06-03T09:00:00');
    expect(String(june?.getFirstPropertyValue('location'))).toBe(`${t.origin}/n/${slug}/join/2022-06-03`);
  });

  it('answers 304 while nothing changed, and shows a cancellation with a higher SEQUENCE', async () => {
    const first = await t.request({ method: 'GET', url: `/n/${slug}/calendar.ics` });
    const etag = String(first.headers.etag);
    const again = await t.request({
      method: 'GET',
      url: `/n/${slug}/calendar.ics`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);

    await t.request({
      method: 'PATCH',
      url: `/api/networks/${slug}/events/2022-03-04`,
      payload: { status: 'cancelled' },
      cookie: organiser,
    });
    const changed = await t.request({
      method: 'GET',
      url: `/n/${slug}/calendar.ics`,
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    const march = vevents(changed.body).find((e) =>
      String(e.getFirstPropertyValue('dtstart')).startsWith('2022-03-04'),
    );
    expect(march?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(march?.getFirstPropertyValue('sequence'))).toBeGreaterThan(0);
  });

  it('gives each event its own .ics, and 404 for unknown ones', async () => {
    const one = await t.request({ method: 'GET', url: `/n/${slug}/events/2021-11-05.ics` });
    expect(one.statusCode).toBe(200);
    expect(vevents(one.body)).toHaveLength(1);
    expect((await t.request({ method: 'GET', url: `/n/${slug}/events/1999-01-01.ics` })).statusCode).toBe(
      404,
    );
    expect((await t.request({ method: 'GET', url: '/n/no-such-network/calendar.ics' })).statusCode).toBe(404);
  });
});

describe('join link', () => {
  it('counts the join and redirects to the meeting when the link is open', async () => {
    const soon = new Date(Date.now() + 5 * 60_000);
    const helsinki = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(soon); // "2026-11-27 09:05"
    const created = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/events`,
      cookie: organiser,
      payload: {
        title: { fi: 'Pian alkava' },
        date: helsinki.slice(0, 10),
        startTime: helsinki.slice(11, 16),
        durationMinutes: 60,
        meetingUrl: 'https://meet.example.org/pian',
      },
    });
    const eventSlug = created.json().slug;
    const join = await t.request({ method: 'GET', url: `/n/${slug}/join/${eventSlug}` });
    expect(join.statusCode).toBe(302);
    expect(join.headers.location).toBe('https://meet.example.org/pian');
    const event = await t.request({
      method: 'GET',
      url: `/api/networks/${slug}/events/${eventSlug}`,
      cookie: organiser,
    });
    expect(event.json().joinCount).toBe(1);
  });

  it('explains instead of redirecting when the meeting is cancelled, unknown or not open yet', async () => {
    const cancelled = await t.request({
      method: 'GET',
      url: `/n/${slug}/join/2022-03-04`,
      headers: { 'accept-language': 'en' },
    });
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.headers['cache-control']).toBe('no-store');
    // The app's page, rendered on the server in the reader's language.
    expect(cancelled.body).toContain('This meeting has been cancelled.');
    expect(cancelled.body).toContain('<html lang="en"');
    const unknown = await t.request({ method: 'GET', url: `/n/${slug}/join/2099-01-01` });
    expect(unknown.statusCode).toBe(404);
    const future = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/events`,
      cookie: organiser,
      payload: {
        title: { fi: 'Ensi vuonna' },
        date: '2099-01-02',
        startTime: '09:00',
        durationMinutes: 60,
        meetingUrl: 'https://meet.example.org/x',
      },
    });
    const notYet = await t.request({
      method: 'GET',
      url: `/n/${slug}/join/${future.json().slug}`,
      headers: { 'accept-language': 'fi' },
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.body).toContain('Liittymislinkki avautuu');
  });

  it('says a meeting is over once it is, points to its recording, and no longer leads to its old address', async () => {
    const past = await t.request({
      method: 'POST',
      url: `/api/networks/${slug}/events`,
      cookie: organiser,
      payload: {
        title: { fi: 'Pidetty' },
        date: '2022-05-06',
        startTime: '09:00',
        durationMinutes: 60,
        meetingUrl: 'https://meet.example.org/vanha',
        recordingUrl: 'https://video.example.org/tallenne',
      },
    });
    const eventSlug = past.json().slug;
    const join = await t.request({
      method: 'GET',
      url: `/n/${slug}/join/${eventSlug}`,
      headers: { 'accept-language': 'en' },
    });
    expect(join.statusCode).toBe(410);
    expect(join.headers.location).toBeUndefined();
    expect(join.body).toContain('This meeting has ended.');
    expect(join.body).toContain('href="https://video.example.org/tallenne"');
    const visitor = await t.request({ method: 'GET', url: `/api/networks/${slug}/events/${eventSlug}` });
    expect(visitor.json()).toMatchObject({
      meetingUrl: null,
      recordingUrl: 'https://video.example.org/tallenne',
    });
  });
});

describe('cached upcoming list', () => {
  it('answers 304 while unchanged and shows a new meeting at once, on every instance', async () => {
    const other = await buildTestApp({}, t.database);
    try {
      const url = `/api/networks/${slug}/events?when=upcoming`;
      const titles = async (app: TestApp) =>
        (await app.request({ method: 'GET', url }))
          .json()
          .events.map((e: { title: { fi: string } }) => e.title.fi);
      const first = await t.request({ method: 'GET', url });
      expect(first.headers['content-type']).toContain('application/json');
      const again = await t.request({
        method: 'GET',
        url,
        headers: { 'if-none-match': String(first.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(await titles(other)).not.toContain('Uusi tapaaminen'); // now cached on the other instance too

      await t.request({
        method: 'POST',
        url: `/api/networks/${slug}/events`,
        cookie: organiser,
        payload: {
          title: { fi: 'Uusi tapaaminen' },
          date: '2098-05-02',
          startTime: '09:00',
          durationMinutes: 60,
        },
      });
      expect(await titles(t)).toContain('Uusi tapaaminen');
      await vi
        .waitFor(async () => {
          if (!(await titles(other)).includes('Uusi tapaaminen')) throw new Error('not yet');
        }, WAIT)
        .catch(() => {}); // the assertion says what the other instance shows instead
      expect(await titles(other)).toContain('Uusi tapaaminen');
    } finally {
      await other.close();
    }
  });
});

describe('event page', () => {
  it('is titled by the server with the meeting and network, for link previews', async () => {
    const page = await t.request({ method: 'GET', url: `/n/${slug}/events/2022-06-03` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      '<meta property="og:title" content="Verkostotapaaminen – Testiverkosto – Verkosto">',
    );
    expect((await t.request({ method: 'GET', url: `/n/${slug}/events/1999-01-01` })).statusCode).toBe(404);
  });
});

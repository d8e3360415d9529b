import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { deleteAccount, exportOf } from '#test/personal-data.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** A member of a network who will attend its meeting and subscribed to a personal feed. */
async function attendingMember() {
  const { network, organiser } = await buildNetwork(t);
  const created = await t.request({
    method: 'POST',
    url: `/api/networks/${network.slug}/events`,
    cookie: organiser.cookie,
    payload: { title: { fi: 'Tapaaminen' }, date: '2099-03-06', startTime: '09:00', durationMinutes: 90 },
  });
  const url = `/api/networks/${network.slug}/events/${created.json().slug}`;
  const person = await buildPerson(t);
  await t.request({ method: 'POST', url: `/api/networks/${network.slug}/membership`, cookie: person.cookie });
  await t.request({ method: 'PUT', url: `${url}/attendance`, cookie: person.cookie });
  const feed = await t.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: person.cookie });
  return { network, event: created.json(), url, person, feedUrl: new URL(feed.json().url).pathname };
}

describe('a person’s meeting data', () => {
  it('is exported: the meetings they will attend and that they have a calendar feed, not its address', async () => {
    const { network, event, person, feedUrl } = await attendingMember();
    const data = await exportOf(t, person.cookie);
    expect(data.attending).toEqual([
      {
        network: network.slug,
        event: event.slug,
        title: { fi: 'Tapaaminen' },
        startsAt: expect.any(String),
        markedAt: expect.any(String),
      },
    ]);
    expect(data.calendarFeed).toEqual({ createdAt: expect.any(String) });
    expect(JSON.stringify(data)).not.toContain(feedUrl.split('/').pop()?.replace('.ics', ''));
  });

  it('is deleted with the account: the attendance count drops and the feed address stops working', async () => {
    const { url, person, feedUrl } = await attendingMember();
    expect((await t.request({ method: 'GET', url: feedUrl })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url })).json().attendingCount).toBe(1);
    await deleteAccount(t, person.cookie);
    expect((await t.request({ method: 'GET', url })).json().attendingCount).toBe(0);
    expect((await t.request({ method: 'GET', url: feedUrl })).statusCode).toBe(404);
  });
});

import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function networkWithEvent(title: string) {
  const { network, organiser } = await buildNetwork(t);
  const created = await t.request({
    method: 'POST',
    url: `/api/networks/${network.slug}/events`,
    cookie: organiser.cookie,
    payload: { title: { fi: title }, date: '2099-03-06', startTime: '09:00', durationMinutes: 90 },
  });
  return { network, organiser, event: created.json() };
}

describe("I'll attend", () => {
  it('lets a signed-in person say they will attend, and take it back; visitors must sign in', async () => {
    const { network, event } = await networkWithEvent('Tapaaminen');
    const person = await buildPerson(t);
    const url = `/api/networks/${network.slug}/events/${event.slug}`;
    expect((await t.request({ method: 'PUT', url: `${url}/attendance` })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'PUT', url: `${url}/attendance`, cookie: person.cookie })).statusCode,
    ).toBe(204);
    expect(
      (await t.request({ method: 'PUT', url: `${url}/attendance`, cookie: person.cookie })).statusCode,
    ).toBe(204);
    const seen = (await t.request({ method: 'GET', url, cookie: person.cookie })).json();
    expect(seen).toMatchObject({ attending: true, attendingCount: 1 });
    expect((await t.request({ method: 'GET', url })).json()).toMatchObject({
      attending: null,
      attendingCount: 1,
    });
    const exported = (
      await t.request({ method: 'GET', url: '/api/me/export', cookie: person.cookie })
    ).json();
    expect(exported.attending).toEqual([
      expect.objectContaining({ event: event.slug, title: { fi: 'Tapaaminen' } }),
    ]);
    expect(
      (await t.request({ method: 'DELETE', url: `${url}/attendance`, cookie: person.cookie })).statusCode,
    ).toBe(204);
    expect((await t.request({ method: 'GET', url, cookie: person.cookie })).json()).toMatchObject({
      attending: false,
      attendingCount: 0,
    });
  });
});

describe('personal calendar feed', () => {
  it('lists the events of the networks a person follows, at an address that can be replaced', async () => {
    const followed = await networkWithEvent('Seurattu tapaaminen');
    await networkWithEvent('Muu tapaaminen');
    const person = await buildPerson(t);
    await t.request({
      method: 'POST',
      url: `/api/networks/${followed.network.slug}/membership`,
      cookie: person.cookie,
    });
    expect((await t.request({ method: 'POST', url: '/api/me/calendar-feed' })).statusCode).toBe(401);

    const created = await t.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: person.cookie });
    expect(created.statusCode).toBe(201);
    const feedPath = new URL(created.json().url).pathname;
    const feed = await t.request({ method: 'GET', url: feedPath });
    expect(feed.statusCode).toBe(200);
    const summaries = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toEqual(['Seurattu tapaaminen']);

    const replaced = await t.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: person.cookie });
    expect((await t.request({ method: 'GET', url: feedPath })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: new URL(replaced.json().url).pathname })).statusCode).toBe(
      200,
    );
  });
});

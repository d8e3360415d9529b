import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';

// What organisers write in fi, sv and en: stored per language, searched by each language's rules,
// and read in a calendar in the language its address names.
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function networkWith(mainLanguage: 'fi' | 'sv' = 'fi') {
  const { network, organiser } = await buildNetwork(t, { mainLanguage });
  const api = (path: string) => `/api/networks/${network.slug}${path}`;
  const post = (path: string, payload: object) =>
    t.request({ method: 'POST', url: api(path), cookie: organiser.cookie, payload });
  return { network, api, post };
}

const meeting = { date: '2022-05-06', startTime: '09:00', durationMinutes: 90 };
const summaries = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((e) => e.getFirstPropertyValue('summary'));

describe('content in three languages', () => {
  it('keeps each language an organiser wrote, and refuses a title in none, naming the field', async () => {
    const { api, post } = await networkWith();
    const title = {
      fi: 'Kuntien digipalvelut',
      sv: 'Kommunernas digitala tjänster',
      en: 'Municipal services',
    };
    const created = await post('/events', {
      ...meeting,
      title,
      introduction: { sv: 'Hur **kommunerna** gör' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title,
      introduction: { sv: 'Hur **kommunerna** gör' },
      introductionHtml: { sv: '<p>Hur <strong>kommunerna</strong> gör</p>\n' },
    });
    const empty = await post('/events', { ...meeting, title: { fi: ' ', sv: '' } });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(['title']);
    const long = await post('/themes', { title: { fi: 'Teema', sv: 'x'.repeat(201) } });
    expect(Object.keys(long.json().error.fields)).toEqual(['title.sv']);
    const events = (await t.request({ method: 'GET', url: api('/events?when=all') })).json().events;
    expect(events).toHaveLength(1);
  });

  it('finds a meeting by Finnish, Swedish and English word forms', async () => {
    const { api, post } = await networkWith();
    await post('/events', {
      ...meeting,
      title: {
        fi: 'Kuntien digipalvelut',
        sv: 'Kommunernas digitala tjänster',
        en: 'Services of municipalities',
      },
    });
    await post('/events', { ...meeting, date: '2022-06-03', title: { fi: 'Valtion virastot' } });
    const find = async (q: string) =>
      (await t.request({ method: 'GET', url: api(`/events?when=past&q=${encodeURIComponent(q)}`) }))
        .json()
        .events.map((e: { slug: string }) => e.slug);
    expect(await find('kunta')).toEqual(['2022-05-06']);
    expect(await find('kommunen')).toEqual(['2022-05-06']);
    expect(await find('municipality')).toEqual(['2022-05-06']);
    expect(await find('virasto')).toEqual(['2022-06-03']);
  });

  it('gives a calendar in the language of its address, else in the network’s main language', async () => {
    const { network, post } = await networkWith('sv');
    await post('/events', { ...meeting, date: '2099-05-06', title: { fi: 'Tapaaminen', sv: 'Träff' } });
    await post('/events', { ...meeting, date: '2099-06-03', title: { sv: 'Bara på svenska' } });
    const feed = async (query: string) =>
      summaries((await t.request({ method: 'GET', url: `/n/${network.slug}/calendar.ics${query}` })).body);
    expect(await feed('')).toEqual(['Träff', 'Bara på svenska']);
    expect(await feed('?lang=fi')).toEqual(['Tapaaminen', 'Bara på svenska']);
    expect(await feed('?lang=en')).toEqual(['Träff', 'Bara på svenska']);
    const one = await t.request({ method: 'GET', url: `/n/${network.slug}/events/2099-05-06.ics?lang=fi` });
    expect(summaries(one.body)).toEqual(['Tapaaminen']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNetworkBySlug } from '#server/features/networks/networks.queries.ts';
import { listLists } from '#server/features/outreach/outreach.service.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { loadDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo network', () => {
  it('loads a synthetic network modelled on the seed, with people from its target organisations', async () => {
    expect(await loadDemo(t.database.db, { onlyIfEmpty: true })).toBe(true);
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

  it('does not load twice', async () => {
    expect(await loadDemo(t.database.db, { onlyIfEmpty: true })).toBe(false);
    expect(await loadDemo(t.database.db, { onlyIfEmpty: false })).toBe(false);
  });
});

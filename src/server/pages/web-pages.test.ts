import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/client.ts';
import type { Bus } from '#server/platform/bus.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildEvent } from '#test/factories.ts';
import { nextPhaseChange, normalisedUrl } from './document.ts';
import { createPageCache } from './page-cache.ts';
import { RENDERER_FILE } from './renderer.ts';

/** Counts the statements the app sends to its database while `run` runs. */
async function countQueries(database: Database, run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const target = (database.kind === 'pglite' ? database.pglite : database.pool) as unknown as {
    query: (...args: unknown[]) => Promise<unknown>;
  };
  const original = target.query;
  target.query = (...args: unknown[]) => {
    count++;
    return original.apply(target, args);
  };
  try {
    await run();
  } finally {
    target.query = original;
  }
  return count;
}

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '');

describe('server-rendered pages', () => {
  let t: TestApp;
  let meeting: string;
  let network: string;
  let organiserCookie: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const built = await buildEvent(t, { title: { fi: 'Tiedonhallinnan tapaaminen' } });
    network = `/n/${built.network.slug}`;
    meeting = `${network}/events/${built.event.slug}`;
    organiserCookie = built.organiser?.cookie ?? '';
  });

  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.request({ method: 'GET', url, headers });

  it('renders a meeting page on the server, with its title, its state for the browser and no inline script', async () => {
    expect(RENDERER_FILE).toMatch(/dist\/ssr\/entry-server\.js$/);
    const page = await get(meeting);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.vary).toBe('accept-encoding, accept-language, cookie');
    expect(text(page.body)).toContain('Tiedonhallinnan tapaaminen');
    expect(page.body).toContain('<script type="application/json" id="verkosto-state">');
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/);
    expect(page.body).toContain('<title>Tiedonhallinnan tapaaminen – Testiverkosto – Verkosto</title>');
  });

  it('answers a cached meeting page without a database query, and renders it once', async () => {
    await get(meeting);
    const renders = t.app.pageCache.renders;
    const queries = await countQueries(t.database, async () => {
      for (let i = 0; i < 5; i++) expect((await get(meeting)).statusCode).toBe(200);
    });
    expect(queries).toBe(0);
    expect(t.app.pageCache.renders).toBe(renders);
    // The counter does count: a page not yet cached reads the database.
    expect(await countQueries(t.database, () => get(`${meeting}?lang=en`))).toBeGreaterThan(0);
  });

  it('sends the br and gzip bytes made once, an ETag per encoding, and 304 to a client that has the page', async () => {
    const br = await get(meeting, { 'accept-encoding': 'br' });
    const gz = await get(meeting, { 'accept-encoding': 'gzip, deflate' });
    const plain = await get(meeting, { 'accept-encoding': 'identity' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
    const again = await get(meeting, { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('forgets a meeting page when the meeting changes', async () => {
    await get(meeting);
    const renders = t.app.pageCache.renders;
    const changed = await t.request({
      method: 'PATCH',
      url: `/api${meeting.replace('/n/', '/networks/')}`,
      payload: { title: { fi: 'Tiedonhallinnan tapaaminen, uusi aika' } },
      cookie: organiserCookie,
    });
    expect(changed.statusCode).toBe(200);
    await expect
      .poll(async () => text((await get(meeting)).body))
      .toContain('Tiedonhallinnan tapaaminen, uusi aika');
    expect(t.app.pageCache.renders).toBeGreaterThan(renders);
  });

  it('picks the language from ?lang, then the saved choice, then Accept-Language, then Finnish', async () => {
    const lang = async (headers: Record<string, string>, query = '') =>
      /<html lang="(\w+)"/.exec((await get(`${network}${query}`, headers)).body)?.[1];
    expect(await lang({})).toBe('fi');
    expect(await lang({ 'accept-language': 'en-GB,en;q=0.8' })).toBe('en');
    expect(await lang({ 'accept-language': 'en', cookie: 'verkosto_lang=sv' })).toBe('sv');
    expect(await lang({ cookie: 'verkosto_lang=sv' }, '?lang=en')).toBe('en');
    expect(await lang({}, '?lang=xx')).toBe('fi');
    const swedish = await get(`${network}?lang=sv`);
    expect(text(swedish.body)).toContain('Nästa möte');
  });

  it('names every language version in the head, and the address without one as x-default', async () => {
    const page = await get(`${network}?lang=sv&q=laki`);
    const base = `${t.origin}${network}`;
    for (const language of ['fi', 'sv', 'en']) {
      expect(page.body).toContain(
        `<link rel="alternate" hreflang="${language}" href="${base}?q=laki&amp;lang=${language}">`,
      );
    }
    expect(page.body).toContain(`<link rel="alternate" hreflang="x-default" href="${base}?q=laki">`);
  });

  it('answers 404 with a rendered page for an unknown network and an unknown meeting', async () => {
    const unknown = await get('/n/no-such-network');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('id="verkosto-state"');
    expect((await get(`${network}/events/no-such-meeting`)).statusCode).toBe(404);
  });

  it('keeps organisers’ and personal pages as the bare app, uncached', async () => {
    const shell = await get(`${network}/programme`);
    expect(shell.statusCode).toBe(200);
    expect(shell.body).toContain('<div id="root"></div>');
    expect(shell.headers.etag).toBeUndefined();
    expect((await get('/me')).body).toContain('<div id="root"></div>');
  });
});

describe('the page cache', () => {
  const handlers = new Map<string, (payload: string) => void>();
  const bus: Bus = {
    publish: async (channel, payload) => handlers.get(channel)?.(payload),
    subscribe: async (channel, handler) => void handlers.set(channel, handler),
    close: async () => {},
  };
  const rendered = (validUntil: Date | null, network = { slug: 'a', id: 'id-a' }) => ({
    status: 200,
    html: '<p>page</p>',
    network,
    validUntil,
  });

  it('renders again once a meeting on the page has changed phase', async () => {
    const cache = await createPageCache(bus);
    await cache.get('k', async () => rendered(new Date(Date.now() - 1)));
    await cache.get('k', async () => rendered(null));
    expect(cache.renders).toBe(2);
    await cache.get('k', async () => rendered(null));
    expect(cache.renders).toBe(2);
  });

  it('keeps the ETag of a page rendered again with the same content at another moment', async () => {
    const cache = await createPageCache(bus);
    const at = (moment: string) => ({
      ...rendered(null),
      html: `<p>page</p><!--${moment}-->`,
      etagSource: 'same',
    });
    const first = await cache.get('k', async () => at('1'));
    await bus.publish('verkosto_installation', 'settings');
    const again = await cache.get('k', async () => at('2'));
    expect(again.identity.toString()).toContain('<!--2-->');
    expect(again.etag).toBe(first.etag);
  });

  it('forgets a network’s pages on its changes, and the installation’s own pages on any', async () => {
    const cache = await createPageCache(bus);
    await cache.get('a', async () => rendered(null));
    await cache.get('b', async () => rendered(null, { slug: 'b', id: 'id-b' }));
    await cache.get('home', async () => ({ ...rendered(null), network: null }));
    await bus.publish('verkosto_events', 'id-a');
    await cache.get('a', async () => rendered(null));
    await cache.get('b', async () => rendered(null, { slug: 'b', id: 'id-b' }));
    await cache.get('home', async () => ({ ...rendered(null), network: null }));
    expect(cache.renders).toBe(5);
    await bus.publish('verkosto_networks', 'b');
    await cache.get('b', async () => rendered(null, { slug: 'b', id: 'id-b' }));
    await cache.get('a', async () => rendered(null));
    expect(cache.renders).toBe(6);
    await bus.publish('verkosto_installation', 'settings');
    await cache.get('a', async () => rendered(null));
    expect(cache.renders).toBe(7);
  });
});

describe('what a rendering depends on', () => {
  it('finds the earliest phase change of any meeting in the data', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    const meeting = (start: string) => ({
      joinOpensAt: `${start.slice(0, 11)}06:30:00Z`,
      startsAt: start,
      endsAt: `${start.slice(0, 11)}08:30:00Z`,
    });
    const data = [{ events: [meeting('2026-12-04T07:00:00Z'), { nested: meeting('2026-12-01T07:00:00Z') }] }];
    expect(nextPhaseChange(data, now)?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(nextPhaseChange([{ title: { fi: 'no meeting' } }], now)).toBeNull();
  });

  it('keys a page by its path and the sorted parameters it reads, without the language', () => {
    expect(normalisedUrl('/n/x?year=2022&lang=sv&q=laki')).toBe('/n/x?q=laki&year=2022');
    expect(normalisedUrl('/n/x?lang=en&utm_source=mail')).toBe('/n/x');
  });
});

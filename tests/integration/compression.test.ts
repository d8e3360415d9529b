/**
 * Compression and caching through a listening server, read byte for byte (fetch would decompress
 * and hide what was sent): brotli or gzip when asked, identity when not, and the same bytes after
 * decompressing. Needs the built web app (`npm test` builds it first).
 */
import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, SEED_RULE } from '#test/factories.ts';
import { startTestServer, type TestServer } from '#test/server.ts';

const assets = join(import.meta.dirname, '../../dist/web/assets');

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const decoders: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

/** The path's identity answer, and its br and gzip answers decompressed, which must be equal. */
async function expectSameBytesInEveryEncoding(path: string, cookie = '') {
  const plain = await get(`${server.url}${path}`, { cookie });
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.headers.vary).toMatch(/accept-encoding/i);
  for (const [encoding, decode] of Object.entries(decoders)) {
    const answer = await get(`${server.url}${path}`, { 'accept-encoding': encoding, cookie });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.body.length).toBeLessThan(plain.body.length);
    expect(decode(answer.body).equals(plain.body)).toBe(true);
  }
  return plain;
}

let server: TestServer;
let slug: string;
let organiser: string;
beforeAll(async () => {
  server = await startTestServer();
  const built = await buildNetwork(server);
  slug = built.network.slug;
  organiser = built.organiser.cookie;
  await server.request({
    method: 'POST',
    url: `/api/networks/${slug}/series`,
    cookie: organiser,
    payload: {
      title: { fi: 'Verkostotapaaminen' },
      meetingUrl: 'https://meet.example.org/v',
      rule: SEED_RULE,
    },
  });
});
afterAll(() => server.close());

describe('compressed answers', () => {
  it('sends JSON as brotli, gzip or identity, the same bytes each way', async () => {
    const plain = await expectSameBytesInEveryEncoding(`/api/openapi.json`);
    expect(plain.headers['content-type']).toContain('application/json');
  });

  it('sends a page, with no-cache, the same bytes each way', async () => {
    const plain = await expectSameBytesInEveryEncoding(`/n/${slug}`);
    expect(plain.headers['content-type']).toContain('text/html');
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  it('streams the audit CSV export compressed', async () => {
    // Each export is itself logged, so every answer differs from the one before: read each as CSV.
    for (const [encoding, decode] of Object.entries(decoders)) {
      const answer = await get(`${server.url}/api/networks/${slug}/audit/export.csv`, {
        'accept-encoding': encoding,
        cookie: organiser,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(decode(answer.body).toString()).toContain('series.create');
    }
  });

  it('still answers 304 to a client that has the calendar, whatever it accepts', async () => {
    const first = await expectSameBytesInEveryEncoding(`/n/${slug}/calendar.ics`);
    const again = await get(`${server.url}/n/${slug}/calendar.ics`, {
      'accept-encoding': 'br, gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('static assets', () => {
  it('has a .br and a .gz beside every script and style after the build, holding the same bytes', async () => {
    const files = (await readdir(assets)).filter((name) => /\.(js|css)$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const original = await readFile(join(assets, name));
      expect(brotliDecompressSync(await readFile(join(assets, `${name}.br`))).equals(original)).toBe(true);
      expect(gunzipSync(await readFile(join(assets, `${name}.gz`))).equals(original)).toBe(true);
    }
  });

  it('serves a hashed script precompressed, immutable, and as it is to a client asking for none', async () => {
    const page = await get(`${server.url}/n/${slug}`);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body.toString())?.[1];
    expect(script).toBeDefined();
    const plain = await expectSameBytesInEveryEncoding(String(script));
    expect(plain.headers['content-type']).toContain('javascript');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const original = await readFile(join(assets, String(script).slice('/assets/'.length)));
    expect(plain.body.equals(original)).toBe(true);
  });
});

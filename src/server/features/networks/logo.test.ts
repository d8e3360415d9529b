import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_LIMITS } from '#shared/networks.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';

let t: TestApp;
let ours: Awaited<ReturnType<typeof buildNetwork>>;
let base: string;
beforeAll(async () => {
  t = await buildTestApp();
  ours = await buildNetwork(t);
  base = `/api/networks/${ours.network.slug}`;
});
afterAll(() => t.close());

/** The smallest valid PNG: one transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(32)]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([24, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(16),
]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** A multipart body as a browser would send it, the image as `logo`, sent as `as` (no cookie: a visitor). */
async function upload(bytes: Uint8Array, fileName: string, as: { cookie?: string } = ours.organiser) {
  const form = new FormData();
  form.append('logo', new Blob([bytes]), fileName);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return t.request({
    method: 'PUT',
    url: `${base}/logo`,
    cookie: as.cookie,
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
    body: Buffer.from(await request.arrayBuffer()),
  });
}

describe("the host's name", () => {
  it('is given per language by an organiser and shown with the network', async () => {
    const hostName = { fi: 'Valtiovarainministeriö', sv: 'Finansministeriet' };
    const saved = await t.request({
      method: 'PATCH',
      url: base,
      payload: { hostName },
      cookie: ours.organiser.cookie,
    });
    expect(saved.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: base })).json().hostName).toEqual(hostName);
    const list = (await t.request({ method: 'GET', url: '/api/networks' })).json().networks;
    expect(list.find((n: { slug: string }) => n.slug === ours.network.slug).hostName).toEqual(hostName);
  });

  it('is refused when too long, naming the field and language', async () => {
    const hostName = { fi: 'x'.repeat(NETWORK_LIMITS.hostNameChars + 1) };
    const refused = await t.request({
      method: 'PATCH',
      url: base,
      payload: { hostName },
      cookie: ours.organiser.cookie,
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(['hostName.fi']);
  });
});

describe("the host's logo", () => {
  it('is a PNG, JPEG or WebP image, recognised by its content and served as such', async () => {
    for (const [bytes, type] of [
      [JPEG, 'image/jpeg'],
      [WEBP, 'image/webp'],
      [PNG, 'image/png'],
    ] as const) {
      const saved = await upload(bytes, 'named-wrongly.txt');
      expect(saved.statusCode).toBe(200);
      const { logoUrl } = saved.json();
      expect(logoUrl).toMatch(new RegExp(`^${base}/logo\\?v=[0-9a-f]{16}$`));
      const served = await t.request({ method: 'GET', url: logoUrl });
      expect(served.headers['content-type']).toBe(type);
      expect(served.headers['cache-control']).toContain('immutable');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.rawPayload.equals(bytes)).toBe(true);
    }
  });

  it('gets a new address when it changes, and the old one is no longer cached for good', async () => {
    const first = (await upload(JPEG, 'a.jpg')).json().logoUrl;
    const second = (await upload(PNG, 'b.png')).json().logoUrl;
    expect(second).not.toBe(first);
    const old = await t.request({ method: 'GET', url: first });
    expect(old.headers['cache-control']).toBe('public, max-age=300');
  });

  it('refuses an SVG, even named .png, and other content, naming the logo field', async () => {
    for (const [bytes, name] of [
      [SVG, 'logo.png'],
      [SVG, 'logo.svg'],
      [Buffer.from('GIF89a'), 'logo.gif'],
      [Buffer.alloc(0), 'empty.png'],
    ] as const) {
      const refused = await upload(bytes, name);
      expect(refused.statusCode, name).toBe(400);
      expect(Object.keys(refused.json().error.fields)).toEqual(['logo']);
    }
    expect((await upload(SVG, 'logo.png')).json().error.fieldIssues.logo.code).toBe('file-type');
  });

  it('refuses an image over the limit and a form without a file, naming the logo field', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(NETWORK_LIMITS.logoBytes)]);
    const tooLarge = await upload(big, 'big.png');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.fieldIssues.logo.code).toBe('file-too-large');
    const none = await t.request({
      method: 'PUT',
      url: `${base}/logo`,
      cookie: ours.organiser.cookie,
      payload: {},
    });
    expect(none.statusCode).toBe(400);
    expect(Object.keys(none.json().error.fields)).toEqual(['logo']);
  });

  it('is removed by an organiser, and then not found', async () => {
    await upload(PNG, 'logo.png');
    const removed = await t.request({ method: 'DELETE', url: `${base}/logo`, cookie: ours.organiser.cookie });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().logoUrl).toBeNull();
    expect((await t.request({ method: 'GET', url: `${base}/logo` })).statusCode).toBe(404);
  });
});

describe('who may change the host and the logo', () => {
  it('refuses a visitor, a member and an organiser of another network, and changes nothing', async () => {
    await upload(PNG, 'logo.png');
    const before = (await t.request({ method: 'GET', url: base })).json();
    const member = await buildMember(t, ours.network);
    const other = await buildNetwork(t);
    for (const [who, cookie, status] of [
      ['visitor', undefined, 401],
      ['member', member.cookie, 403],
      ['organiser elsewhere', other.organiser.cookie, 403],
    ] as const) {
      expect((await upload(JPEG, 'x.jpg', { cookie })).statusCode, who).toBe(status);
      const deleted = await t.request({ method: 'DELETE', url: `${base}/logo`, cookie });
      expect(deleted.statusCode, who).toBe(status);
      const patched = await t.request({
        method: 'PATCH',
        url: base,
        payload: { hostName: { fi: 'Muu' } },
        cookie,
      });
      expect(patched.statusCode, who).toBe(status);
    }
    const after = (await t.request({ method: 'GET', url: base })).json();
    expect([after.logoUrl, after.hostName]).toEqual([before.logoUrl, before.hostName]);
  });
});

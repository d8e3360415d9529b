import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the platform contract', () => {
  it('answers /healthz', async () => {
    const response = await t.request({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3 document of the JSON API', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/networks', '/api/networks/{network}', '/api/me/profile', '/api/session']),
    );
    expect(
      doc.paths['/api/networks'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('slug');
  });

  it('serves a reference page of the document under the strict CSP, loading no inline script', async () => {
    const page = await t.request({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const csp = String(page.headers['content-security-policy']);
    expect(csp.split(';').find((d) => d.startsWith('script-src '))).toBe("script-src 'self'");
    const scripts = [...page.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/api\/docs\//);
      expect(body?.trim()).toBe('');
    }
    const initializer = await t.request({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toContain('./json');
    const json = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(json.json().openapi).toBe('3.1.0');
  });

  it('answers unknown API routes with a JSON 404 and unknown pages with the app and a 404', async () => {
    const api = await t.request({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not-found');
    const page = await t.request({ method: 'GET', url: '/no/such/page' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<title>Sivua ei löytynyt – Verkosto</title>');
  });

  it('sets strict security headers', async () => {
    const response = await t.request({ method: 'GET', url: '/' });
    const csp = String(response.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('refuses bodies over the limit with 413 and never shows a stack trace', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/networks',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'x'.repeat(300 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('too-large');
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('public pages', () => {
  it('give a network page its own title and Open Graph tags in the reader’s language', async () => {
    const { network } = await buildNetwork(t, {
      name: { fi: 'Digitalisaation edistäjät', sv: 'Främjare av digitalisering' },
      description: { sv: 'Ett **öppet** nätverk <b>"för alla"</b>' },
    });
    const response = await t.request({
      method: 'GET',
      url: `/n/${network.slug}`,
      headers: { 'accept-language': 'sv-FI,sv;q=0.9' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Främjare av digitalisering – Verkosto</title>');
    expect(response.body).toContain(
      '<meta property="og:title" content="Främjare av digitalisering – Verkosto">',
    );
    expect(response.body).toContain(
      '<meta property="og:description" content="Ett öppet nätverk &quot;för alla&quot;">',
    );
    expect(response.body).toContain(
      `<meta property="og:url" content="http://localhost:3000/n/${network.slug}">`,
    );
  });

  it('answer an unknown network with the not-found page and status 404', async () => {
    const response = await t.request({ method: 'GET', url: '/n/no-such-network' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('<title>Sivua ei löytynyt – Verkosto</title>');
  });
});

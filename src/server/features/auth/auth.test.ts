import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieFrom, linkIn, readable, signIn, TEST_ORIGIN, type TestApp } from '#test/app.ts';
import { verifications } from './auth.tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const askLink = (email: string, ip = '10.0.0.1') =>
  t.request({
    method: 'POST',
    url: '/api/auth/sign-in/magic-link',
    payload: { email, callbackURL: '/me', metadata: { lang: 'sv' } },
    remoteAddress: ip,
  });

const session = (cookie?: string) => t.request({ method: 'GET', url: '/api/session', cookie });

describe('first-run setup', () => {
  it('makes the first person to sign in the installation admin, and only them', async () => {
    expect((await session()).json()).toMatchObject({ user: null, setupNeeded: true });
    const first = await signIn(t, 'first@example.org');
    expect((await session(first)).json()).toMatchObject({
      user: { email: 'first@example.org', isAdmin: true, displayName: 'first' },
      setupNeeded: false,
    });
    const second = await signIn(t, 'second@example.org');
    expect((await session(second)).json().user.isAdmin).toBe(false);
  });
});

describe('magic-link sign-in', () => {
  it('e-mails a link in the asked language that signs in once, with a safe session cookie', async () => {
    expect((await askLink('Person@Example.org')).statusCode).toBe(200);
    const mail = (await t.outbox()).at(-1) ?? '';
    expect(mail).toMatch(/^To: person@example\.org/m);
    expect(mail).toContain('Content-Type: text/html');
    expect(mail).toContain('Content-Type: text/plain');
    expect(readable(mail)).toContain('<html lang="sv">');
    expect(readable(mail)).toContain('Länken fungerar en gång och går ut om 15 minuter.');
    const link = new URL(linkIn(mail, `${TEST_ORIGIN}/api/auth/magic-link/verify`));
    const url = `${link.pathname}${link.search}`;

    const first = await t.request({ method: 'GET', url });
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe(`${TEST_ORIGIN}/me`);
    const cookie = first.cookies.find((c) => c.name === 'verkosto.session_token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect((await session(cookieFrom(first))).json().user.email).toBe('person@example.org');

    const again = await t.request({ method: 'GET', url });
    expect(again.headers.location).toMatch(/error=/);
    expect(cookieFrom(again)).toBe('');
  });

  it('starts a new person in the language of the browser that signed in', async () => {
    await askLink('ruotsi@example.org');
    const link = new URL(
      linkIn((await t.outbox()).at(-1) ?? '', `${TEST_ORIGIN}/api/auth/magic-link/verify`),
    );
    const response = await t.request({
      method: 'GET',
      url: `${link.pathname}${link.search}`,
      headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.8' },
    });
    expect((await session(cookieFrom(response))).json().user.preferredLanguage).toBe('sv');
  });

  it('refuses a link older than 15 minutes', async () => {
    await askLink('late@example.org');
    const link = new URL(
      linkIn((await t.outbox()).at(-1) ?? '', `${TEST_ORIGIN}/api/auth/magic-link/verify`),
    );
    await t.database.db
      .update(verifications)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verifications.expiresAt, verifications.expiresAt));
    const response = await t.request({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(response.headers.location).toMatch(/error=/);
    expect(cookieFrom(response)).toBe('');
  });

  it('answers invalid input with 400 naming the field, and sends nothing', async () => {
    const before = (await t.outbox()).length;
    const bad = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: 'nope' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('email');
    const away = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: 'a@example.org', callbackURL: 'https://evil.example/' },
    });
    expect(away.statusCode).toBe(400);
    expect(away.json().error.fields).toHaveProperty('callbackURL');
    expect((await t.outbox()).length).toBe(before);
  });

  it('rate-limits requests per address and per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await askLink('flood@example.org', `10.1.0.${i}`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);

    const perIp: number[] = [];
    for (let i = 0; i < 21; i++) perIp.push((await askLink(`ip${i}@example.org`, '10.2.0.1')).statusCode);
    expect(perIp.filter((s) => s === 429)).toHaveLength(1);
    expect(perIp.at(-1)).toBe(429);
  });
});

describe('sessions', () => {
  it('signs out, after which the cookie no longer works', async () => {
    const cookie = await signIn(t, 'leaver@example.org');
    const out = await t.request({ method: 'POST', url: '/api/auth/sign-out', payload: {}, cookie });
    expect(out.statusCode).toBe(200);
    expect((await session(cookie)).json().user).toBeNull();
  });

  it('refuses cookie-authenticated writes from another origin (CSRF)', async () => {
    const cookie = await signIn(t, 'csrf@example.org');
    for (const origin of ['https://evil.example', undefined]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: { cookie, ...(origin ? { origin } : {}) },
        payload: { displayName: 'Hacked', organisation: null, targetRole: null, preferredLanguage: 'fi' },
      });
      expect(response.statusCode).toBe(403);
    }
    expect((await session(cookie)).json().user.displayName).toBe('csrf');
  });
});

describe('installation admins', () => {
  it('lets an admin list and add admins, and refuses others', async () => {
    const admin = await signIn(t, 'first@example.org');
    const member = await signIn(t, 'second@example.org');
    expect((await t.request({ method: 'GET', url: '/api/admin/admins' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/admin/admins', cookie: member })).statusCode).toBe(
      403,
    );
    const add = {
      method: 'POST' as const,
      url: '/api/admin/admins',
      payload: { email: 'second@example.org' },
    };
    expect((await t.request({ ...add, cookie: member })).statusCode).toBe(403);
    expect(
      (await t.request({ ...add, payload: { email: 'nobody@example.org' }, cookie: admin })).statusCode,
    ).toBe(404);
    expect((await t.request({ ...add, cookie: admin })).statusCode).toBe(201);
    const list = await t.request({ method: 'GET', url: '/api/admin/admins', cookie: admin });
    expect(list.json().admins.map((a: { email: string }) => a.email)).toEqual([
      'first@example.org',
      'second@example.org',
    ]);
  });
});

describe('secure cookies', () => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const secure = await buildTestApp({ PUBLIC_URL: 'https://verkosto.example' });
    try {
      await secure.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/magic-link',
        headers: { origin: 'https://verkosto.example' },
        payload: { email: 'tls@example.org' },
      });
      const link = new URL(
        linkIn((await secure.outbox())[0] ?? '', 'https://verkosto.example/api/auth/magic-link/verify'),
      );
      const response = await secure.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
      const cookie = response.cookies.find((c) => c.name.endsWith('verkosto.session_token'));
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });
});

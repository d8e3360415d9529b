import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#server/demo/demo.ts';
import {
  buildTestApp,
  cookieFrom,
  linkIn,
  readable,
  signIn,
  signInLinkAt,
  TEST_ORIGIN,
  type TestApp,
} from '#test/app.ts';
import { BUDGET } from '#test/budget.ts';
import { announceSetup } from './auth.service.ts';
import { sessions, verifications } from './auth.tables.ts';
import { setupCode } from './setup-code.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const askLink = (email: string, ip = '10.0.0.1', app = t) =>
  app.request({
    method: 'POST',
    url: '/api/auth/sign-in/magic-link',
    payload: { email, callbackURL: '/me', metadata: { lang: 'sv' } },
    remoteAddress: ip,
  });

const session = (cookie?: string) => t.request({ method: 'GET', url: '/api/session', cookie });
const claim = (code: string, cookie?: string) =>
  t.request({ method: 'POST', url: '/api/setup', payload: { code }, cookie });

/** The sign-in link in the newest e-mail. */
const newestLink = async (app = t) => signInLinkAt(app, (await app.outbox()).length - 1);

describe('installation setup', () => {
  it('makes nobody admin by signing in; the setup code does, once', async () => {
    const logged: string[] = [];
    const announce = () =>
      announceSetup(t.app.db, t.app.config, { warn: (line: string) => logged.push(line) });
    await announce();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(setupCode(t.app.config.SESSION_SECRET));
    expect(logged[0]).toContain('npx verkosto admin add EMAIL');

    expect((await session()).json()).toMatchObject({ user: null, setupNeeded: true });
    const first = await signIn(t, 'first@example.org');
    expect((await session(first)).json()).toMatchObject({
      user: { email: 'first@example.org', isAdmin: false, displayName: 'first' },
      setupNeeded: true,
    });

    expect((await claim(setupCode(t.app.config.SESSION_SECRET))).statusCode).toBe(401);
    const wrong = await claim('AAAA-BBBB-CCCC-DDDD', first);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('code');
    expect((await session(first)).json().user.isAdmin).toBe(false);

    // As typed from a log: lower case, no dashes.
    const typed = setupCode(t.app.config.SESSION_SECRET).toLowerCase().replaceAll('-', '');
    expect((await claim(typed, first)).statusCode).toBe(204);
    expect((await session(first)).json()).toMatchObject({ user: { isAdmin: true }, setupNeeded: false });

    const second = await signIn(t, 'second@example.org');
    expect((await claim(typed, second)).statusCode).toBe(409);
    expect((await session(second)).json().user.isAdmin).toBe(false);
    await announce(); // the next start says nothing
    expect(logged).toHaveLength(1);
  });

  it('gives every instance with the same secret the same code, and another secret another', async () => {
    const code = setupCode(t.app.config.SESSION_SECRET);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(setupCode(t.app.config.SESSION_SECRET)).toBe(code);
    expect(setupCode('another-secret-that-is-at-least-32-characters')).not.toBe(code);
  });

  it('leaves a DEMO installation without admin when a stranger signs in', async () => {
    const demo = await buildTestApp();
    try {
      await loadDemo(demo.database.db, { onlyIfEmpty: true });
      const stranger = await signIn(demo, 'stranger@example.org');
      const view = (await demo.request({ method: 'GET', url: '/api/session', cookie: stranger })).json();
      expect(view).toMatchObject({ user: { isAdmin: false }, setupNeeded: true });
    } finally {
      await demo.close();
    }
  });
});

describe('sign-in links', () => {
  it('e-mails a link to a page that names the address, in the asked language', async () => {
    expect((await askLink('Person@Example.org')).statusCode).toBe(200);
    const mail = (await t.outbox()).at(-1) ?? '';
    expect(mail).toMatch(/^To: person@example\.org/m);
    expect(mail).toContain('Content-Type: text/html');
    expect(mail).toContain('Content-Type: text/plain');
    expect(readable(mail)).toContain('<html lang="sv">');
    expect(readable(mail)).toContain('Länken fungerar en gång och går ut om 15 minuter.');
    const link = new URL(linkIn(mail, `${TEST_ORIGIN}/sign-in/link?`));
    expect(link.searchParams.get('lang')).toBe('sv');

    const page = await t.request({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<html lang="sv"'); // the link's language, rendered on the server
    expect(page.body).toContain('Med den här länken loggar du in som person@example.org.');
    expect(page.body).toContain(`action="${link.pathname}${link.search.replaceAll('&', '&amp;')}"`);
    expect(cookieFrom(page)).toBe('');
    const named = await t.request({
      method: 'GET',
      url: `/api/auth/sign-in-links/${link.searchParams.get('token')}`,
    });
    expect(named.json()).toEqual({ email: 'person@example.org' });
  });

  it('is not used up by a mail scanner opening it: the person’s own click signs in, once', async () => {
    await askLink('scanned@example.org');
    const url = await newestLink();
    for (const scanner of ['10.9.0.1', '10.9.0.2']) {
      const opened = await t.app.inject({ method: 'GET', url, remoteAddress: scanner });
      expect(opened.statusCode).toBe(200);
      expect(cookieFrom(opened)).toBe('');
    }

    const clicked = await t.request({ method: 'POST', url });
    expect(clicked.statusCode).toBe(303);
    expect(clicked.headers.location).toBe(`${TEST_ORIGIN}/me`);
    const cookie = clicked.cookies.find((c) => c.name === 'verkosto.session_token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect((await session(cookieFrom(clicked))).json().user.email).toBe('scanned@example.org');

    for (const method of ['POST', 'GET'] as const) {
      const again = await t.request({ method, url, headers: { 'accept-language': 'en' } });
      expect(again.statusCode).toBe(410);
      expect(cookieFrom(again)).toBe('');
    }
  });

  it('refuses a POST from another site, so nobody can be signed in as someone else (login CSRF)', async () => {
    await askLink('attacker@example.org');
    const url = await newestLink();
    for (const origin of ['https://evil.example', undefined]) {
      const forged = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
        payload: '',
      });
      expect(forged.statusCode).toBe(403); // the page offers its own button again
      expect(cookieFrom(forged)).toBe('');
    }
    // The link itself is still good for its owner.
    expect((await t.request({ method: 'POST', url })).statusCode).toBe(303);
  });

  it('starts a new person in the language of the browser that signed in', async () => {
    await askLink('ruotsi@example.org');
    const response = await t.request({
      method: 'POST',
      url: await newestLink(),
      headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.8' },
    });
    expect((await session(cookieFrom(response))).json().user.preferredLanguage).toBe('sv');
  });

  it('refuses a link older than 15 minutes, and one that never was', async () => {
    await askLink('late@example.org');
    const url = await newestLink();
    await t.database.db
      .update(verifications)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verifications.expiresAt, verifications.expiresAt));
    for (const method of ['GET', 'POST'] as const) {
      const response = await t.request({ method, url });
      expect(response.statusCode).toBe(410);
      expect(cookieFrom(response)).toBe('');
    }
    const unknown = await t.request({ method: 'GET', url: '/sign-in/link?token=nope&lang=fi' });
    expect(unknown.statusCode).toBe(410);
    expect((await t.request({ method: 'GET', url: '/api/auth/sign-in-links/nope' })).statusCode).toBe(404);
    const broken = await t.request({ method: 'GET', url: '/sign-in/link?callbackURL=https://evil.example' });
    expect(broken.statusCode).toBe(410);
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
});

describe('sign-in limits', () => {
  // Two instances on one database, behind a proxy at 10.0.0.2, with a small per-IP limit.
  let limited: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    const env = { TRUST_PROXY: '10.0.0.2', SIGN_IN_PER_IP: '3' };
    limited = await buildTestApp(env);
    other = await buildTestApp(env, limited.database);
  });
  afterAll(async () => {
    await other.close();
    await limited.close();
  });

  it('never locks a person out: requests for their address from many IPs only stop new mail', async () => {
    const victim = 'victim@example.org';
    for (let i = 0; i < 8; i++) expect((await askLink(victim, `10.1.0.${i}`)).statusCode).toBe(200);
    const own = await askLink(victim, '10.1.1.1');
    expect(own.statusCode).toBe(200);
    const mails = (await t.outbox()).filter((m) => /^To: victim@example\.org/m.test(m));
    expect(mails).toHaveLength(5);
    // The newest link in the inbox still signs the person in.
    const signedIn = await t.request({ method: 'POST', url: await newestLink() });
    expect(signedIn.statusCode).toBe(303);
    expect((await session(cookieFrom(signedIn))).json().user.email).toBe(victim);
  });

  it('refuses sign-ins past SIGN_IN_PER_IP from one IP, an IPv6 /64 counting as one', async () => {
    const statuses = [];
    for (const ip of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:aaaa::3', '2001:db8:1:2:ffff::4'])
      statuses.push((await askLink(`v6-${statuses.length}@example.org`, ip, limited)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await askLink('v6-x@example.org', '2001:db8:1:2::9', limited);
    expect(refused.json().error.code).toBe('rate-limited');
    expect((await askLink('next-door@example.org', '2001:db8:1:3::1', limited)).statusCode).toBe(200);
  });

  it('is shared by every instance on the database', async () => {
    const statuses = [];
    for (const [i, app] of [limited, other, limited, other, limited].entries())
      statuses.push((await askLink(`shared${i}@example.org`, '198.51.100.20', app)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('takes the client’s address from the trusted proxy, never from the client’s own X-Forwarded-For', async () => {
    const viaProxy = (spoofed: string, client: string) =>
      limited.request({
        method: 'POST',
        url: '/api/auth/sign-in/magic-link',
        payload: { email: `${spoofed.replaceAll('.', '-')}@example.org`, callbackURL: '/' },
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': `${spoofed}, ${client}` },
      });
    const statuses = [];
    for (let i = 1; i <= 5; i++) statuses.push((await viaProxy(`6.6.6.${i}`, '203.0.113.7')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await viaProxy('6.6.6.9', '203.0.113.8')).statusCode).toBe(200);
    // A client that reaches the server directly is its own address, whatever it claims.
    const direct = await limited.request({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: 'direct@example.org', callbackURL: '/' },
      remoteAddress: '203.0.113.7',
      headers: { 'x-forwarded-for': '6.6.6.6' },
    });
    expect(direct.statusCode).toBe(429);

    const signedIn = await limited.request({
      method: 'POST',
      url: await signInLinkAt(limited, (await limited.outbox()).length - 1),
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.8' },
    });
    expect(signedIn.statusCode).toBe(303);
    const [row] = await limited.database.db.select({ ip: sessions.ipAddress }).from(sessions);
    expect(row?.ip).toBe('203.0.113.8');
  });
});

describe('better-auth endpoints', () => {
  it('serves only the ones the app uses: the rest, such as update-user and get-session, are 404', async () => {
    const cookie = await signIn(t, 'probe@example.org');
    const unused: [string, string][] = [
      ['GET', '/api/auth/get-session'],
      ['GET', '/api/auth/list-sessions'],
      ['POST', '/api/auth/update-user'],
      ['POST', '/api/auth/delete-user'],
      ['POST', '/api/auth/change-email'],
      ['POST', '/api/auth/revoke-session'],
      ['POST', '/api/auth/revoke-sessions'],
      ['POST', '/api/auth/sign-in/email'],
      ['POST', '/api/auth/sign-up/email'],
      ['POST', '/api/auth/sign-in/social'], // only with OIDC configured (oidc.test.ts)
      ['GET', '/api/auth/callback/oidc'],
      ['GET', '/api/auth/magic-link/verify?token=x&callbackURL=/'],
      ['GET', '/api/auth/ok'],
      ['GET', '/api/auth/error'],
    ];
    for (const [method, url] of unused) {
      const response = await t.request({
        method: method as 'GET' | 'POST',
        url,
        cookie,
        ...(method === 'POST' ? { payload: { name: 'x'.repeat(200_000) } } : {}),
      });
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.body).not.toContain('"token"');
    }
    expect((await session(cookie)).json().user.displayName).toBe('probe');
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
      await secure.request({
        method: 'POST',
        url: '/api/auth/sign-in/magic-link',
        payload: { email: 'tls@example.org' },
      });
      const response = await secure.request({ method: 'POST', url: await signInLinkAt(secure, 0) });
      const cookie = response.cookies.find((c) => c.name.endsWith('verkosto.session_token'));
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });
});

describe('an office behind one NAT', () => {
  it('signs 250 people in from one IP within 15 minutes', { timeout: BUDGET.heavy }, async () => {
    const ip = '192.0.2.10';
    const before = (await t.outbox()).length;
    for (let i = 0; i < 250; i++)
      expect((await askLink(`person${i}@kunta.example`, ip)).statusCode).toBe(200);
    const mails = (await t.outbox()).slice(before);
    expect(mails).toHaveLength(250);
    for (const mail of mails) {
      const link = new URL(linkIn(mail, `${t.origin}/sign-in/link?`));
      const url = `${link.pathname}${link.search}`;
      expect((await t.request({ method: 'GET', url, remoteAddress: ip })).statusCode).toBe(200);
      const signedIn = await t.request({ method: 'POST', url, remoteAddress: ip });
      expect(signedIn.statusCode).toBe(303);
      expect(cookieFrom(signedIn)).toContain('verkosto.session_token=');
    }
  });
});

import { Events, OAuth2Server } from 'oauth2-mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieFrom, TEST_ORIGIN, type TestApp } from '#test/app.ts';

// A real OpenID Connect provider on 127.0.0.1 (discovery, JWKS, code flow with PKCE), standing in
// for an organisation's own identity provider.
let provider: OAuth2Server;
let t: TestApp;
const person = {
  sub: 'kunta-42',
  email: 'Virkailija@Kunta.example',
  name: 'Virpi Virkailija',
  email_verified: true,
};

beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate('RS256');
  await provider.start(0, '127.0.0.1');
  provider.service.on(Events.BeforeTokenSigning, (token) => Object.assign(token.payload, person));
  provider.service.on(Events.BeforeUserinfo, (response) => {
    response.body = person;
  });
  t = await buildTestApp({
    OIDC_ISSUER: provider.issuer.url ?? '',
    OIDC_CLIENT_ID: 'verkosto',
    OIDC_CLIENT_SECRET: 'test-client-secret',
    OIDC_NAME: 'Kuntatunnus',
  });
});
afterAll(async () => {
  await t.close();
  await provider.stop();
});

describe('OIDC sign-in', () => {
  it('is offered under its configured name', async () => {
    const session = await t.request({ method: 'GET', url: '/api/session' });
    expect(session.json().oidc).toEqual({ name: 'Kuntatunnus' });
  });

  it('signs a person in through the organisation’s provider', async () => {
    const start = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/social',
      payload: { provider: 'oidc', callbackURL: '/me' },
    });
    expect(start.statusCode).toBe(200);
    const authorize = new URL(start.json().url);
    expect(authorize.origin).toBe(new URL(provider.issuer.url ?? '').origin);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');

    // The provider authenticates the person and sends the browser back with a code.
    const back = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(back.headers.get('location') ?? '');
    expect(callback.origin).toBe(TEST_ORIGIN);

    const done = await t.request({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      cookie: cookieFrom(start),
    });
    expect(done.statusCode).toBe(302);
    expect(new URL(String(done.headers.location), TEST_ORIGIN).href).toBe(`${TEST_ORIGIN}/me`);
    const session = await t.request({ method: 'GET', url: '/api/session', cookie: cookieFrom(done) });
    expect(session.json().user).toMatchObject({
      email: 'virkailija@kunta.example',
      displayName: 'Virpi Virkailija',
    });
  });

  it('refuses a callback whose state does not match', async () => {
    const done = await t.request({ method: 'GET', url: '/api/auth/callback/oidc?code=forged&state=forged' });
    expect(done.statusCode).toBe(302);
    // To the sign-in page, which says so (better-auth's own error page is not served).
    const location = new URL(String(done.headers.location), TEST_ORIGIN);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('error')).toBeTruthy();
    expect(cookieFrom(done)).not.toContain('session_token');
  });

  it('starts only with this provider and a path on this site', async () => {
    for (const payload of [
      { provider: 'github', callbackURL: '/me' },
      { provider: 'oidc', callbackURL: 'https://evil.example/' },
    ]) {
      const start = await t.request({ method: 'POST', url: '/api/auth/sign-in/social', payload });
      expect(start.statusCode).toBe(400);
      expect(Object.keys(start.json().error.fields)).toHaveLength(1);
    }
  });
});

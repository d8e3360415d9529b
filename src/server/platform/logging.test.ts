import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, linkIn, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { rowsOf } from '#test/personal-data.ts';
import { ipNetwork, urlForLog } from './logging.ts';

const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ LOG_LEVEL: 'info' }, undefined, {
    logStream: { write: (line) => lines.push(line) },
  });
});
afterAll(() => t.close());

const MAIJA = 'maija.meikalainen@kunta.example';
const ANNA = 'anna.virtanen@virasto.example';
const CLIENT_IP = '203.0.113.45';
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown> & { msg: string });

describe('the server log', () => {
  it('keeps no e-mail address, client IP, secret or query parameter in clear', async () => {
    const asked = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: MAIJA, callbackURL: '/' },
      remoteAddress: CLIENT_IP,
    });
    expect(asked.statusCode).toBe(200);
    const link = new URL(linkIn((await t.outbox()).at(-1) ?? '', `${t.origin}/sign-in/link`));
    const token = link.searchParams.get('token') ?? '';
    await t.request({ method: 'POST', url: `${link.pathname}${link.search}`, remoteAddress: CLIENT_IP });

    // A failed query with an address among its parameters, and PostgreSQL's detail quoting it.
    const { network, organiser } = await buildNetwork(t);
    await rowsOf(t, 'CREATE UNIQUE INDEX invitations_once ON network_invitations (email)');
    const invite = () =>
      t.request({
        method: 'POST',
        url: `/api/networks/${network.slug}/invitations`,
        payload: { email: ANNA },
        cookie: organiser.cookie,
      });
    expect((await invite()).statusCode).toBe(201);
    expect((await invite()).statusCode).toBe(500);
    const duplicate = await rowsOf(t, "INSERT INTO users (id, name, email) VALUES ('x', 'x', $1)", [
      MAIJA,
    ]).catch((error: unknown) => error);
    t.app.log.error({ err: duplicate }, 'raw query failed');
    const auth = await t.app.auth.$context;
    auth.logger.error(`could not reach ${MAIJA}`, new Error(`rejected ${ANNA}`), { email: MAIJA });

    const entries = logged();
    const text = lines.join('');
    for (const secret of [MAIJA, ANNA, CLIENT_IP, token]) expect(text).not.toContain(secret);
    // Redacted, not missing: the lines are there and say what happened.
    const mail = entries.find((e) => e.msg === 'mail written to outbox');
    expect(mail?.to).toBe('[redacted]@kunta.example');
    const verify = entries.find(
      (e) =>
        e.msg === 'incoming request' && String((e.req as { url: string }).url).startsWith('/sign-in/link'),
    );
    expect(verify?.req).toMatchObject({
      url: `/sign-in/link?${[...link.searchParams.keys()].map((k) => `${k}=[redacted]`).join('&')}`,
      remoteAddress: '203.0.113.0/24',
    });
    const failed = entries.find((e) => e.msg === 'request failed')?.err as { message: string; stack: string };
    expect(failed.message).toMatch(
      /^Failed query: insert into "network_invitations"[\s\S]*\nparams: \[redacted\]: /,
    );
    expect(failed.stack).toContain('\nparams: [redacted]\n');
    const raw = entries.find((e) => e.msg === 'raw query failed')?.err as { detail?: string };
    expect(raw.detail).toBe('Key (email)=([redacted]) already exists.');
    const fromAuth = entries.find((e) => e.msg === 'could not reach [redacted]@kunta.example');
    expect(fromAuth).toMatchObject({
      err: { message: 'rejected [redacted]@virasto.example' },
      details: [{ email: '[redacted]@kunta.example' }],
    });
  });
});

describe('log redaction', () => {
  it('cuts client addresses to their network', () => {
    expect(ipNetwork('198.51.100.7')).toBe('198.51.100.0/24');
    expect(ipNetwork('::ffff:198.51.100.7')).toBe('198.51.100.0/24');
    expect(ipNetwork('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(ipNetwork('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(ipNetwork('not an address')).toBe('[redacted]');
  });

  it('takes secrets out of request addresses', () => {
    expect(urlForLog({ url: '/confirm/abc_DEF-123', params: { token: 'abc_DEF-123' } })).toBe(
      '/confirm/[redacted]',
    );
    expect(urlForLog({ url: '/calendar/s3cr3t.ics', params: { token: 's3cr3t' } })).toBe(
      '/calendar/[redacted].ics',
    );
    expect(urlForLog({ url: '/invitations/abc', params: { '*': 'invitations/abc' } })).toBe(
      '/invitations/[redacted]',
    );
    expect(urlForLog({ url: '/api/organisations?q=Maija', params: {} })).toBe(
      '/api/organisations?q=[redacted]',
    );
    expect(
      urlForLog({ url: '/n/digin-edistajat/events/2022-06-03', params: { network: 'digin-edistajat' } }),
    ).toBe('/n/digin-edistajat/events/2022-06-03');
  });
});

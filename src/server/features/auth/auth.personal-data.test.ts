import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  purgeExpiredPersonalData,
  RETENTION_QUEUE,
  startRetention,
} from '#server/features/people/people.service.ts';
import { buildTestApp, cookieFrom, linkIn, type TestApp } from '#test/app.ts';
import { buildPerson } from '#test/factories.ts';
import { deleteAccount, exportOf, rowsOf } from '#test/personal-data.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** Asks for a sign-in link from a browser at `ip` and returns the link from the e-mail. */
async function askLink(email: string, ip = '192.0.2.10') {
  const asked = await t.request({
    method: 'POST',
    url: '/api/auth/sign-in/magic-link',
    payload: { email, callbackURL: '/' },
    remoteAddress: ip,
  });
  expect(asked.statusCode).toBe(200);
  const link = new URL(linkIn((await t.outbox()).at(-1) ?? '', `${t.origin}/sign-in/link`));
  return `${link.pathname}${link.search}`;
}

describe('a person’s account data', () => {
  it('is exported: the account, sign-in methods, sessions with their address and browser, pending links', async () => {
    const person = await buildPerson(t);
    await askLink(person.email);
    const data = await exportOf(t, person.cookie);
    expect(data.account).toEqual({
      email: person.email,
      emailVerified: true,
      picture: null,
      createdAt: expect.any(String),
    });
    expect(data.installationAdmin).toBe(false);
    expect(data.signInMethods).toEqual([]);
    expect(data.sessions).toEqual([
      {
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
        ipAddress: expect.any(String),
        userAgent: 'lightMyRequest',
      },
    ]);
    expect(data.pendingSignInLinks).toEqual([
      { requestedAt: expect.any(String), expiresAt: expect.any(String) },
    ]);
  });

  it('is deleted with the account; a sign-in link asked for before no longer brings it back', async () => {
    const person = await buildPerson(t);
    const link = await askLink(person.email);
    await deleteAccount(t, person.cookie);
    const followed = await t.request({ method: 'POST', url: link });
    expect(cookieFrom(followed)).not.toContain('session_token');
    expect(await rowsOf(t, 'SELECT 1 FROM users WHERE email = $1', [person.email])).toEqual([]);
    expect(await rowsOf(t, 'SELECT 1 FROM sessions WHERE user_id = $1', [person.userId])).toEqual([]);
  });
});

describe('retention', () => {
  it('deletes expired sessions and sign-in links, and keeps live ones', async () => {
    const person = await buildPerson(t);
    await askLink(person.email, '192.0.2.77');
    const expired = await buildPerson(t);
    await askLink(expired.email);
    await rowsOf(t, `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      expired.userId,
    ]);
    await rowsOf(t, `UPDATE verifications SET expires_at = now() - interval '1 second' WHERE value LIKE $1`, [
      `%${expired.email}%`,
    ]);

    await purgeExpiredPersonalData(t.database.db);

    const sessionsOf = (userId: string) => rowsOf(t, 'SELECT 1 FROM sessions WHERE user_id = $1', [userId]);
    const linksOf = (email: string) =>
      rowsOf(t, 'SELECT 1 FROM verifications WHERE value LIKE $1', [`%${email}%`]);
    expect(await sessionsOf(expired.userId)).toEqual([]);
    expect(await linksOf(expired.email)).toEqual([]);
    expect(await sessionsOf(person.userId)).toHaveLength(1);
    expect(await linksOf(person.email)).toHaveLength(1);
  });

  it('runs every hour as a job of the shared queue', async () => {
    await startRetention(t.app.jobs, t.database.db);
    expect(await t.app.jobs.getSchedules(RETENTION_QUEUE)).toEqual([
      expect.objectContaining({ name: RETENTION_QUEUE, cron: expect.stringMatching(/^\d+ \* \* \* \*$/) }),
    ]);
  });
});

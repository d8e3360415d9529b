import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting } from '#test/live.ts';
import { rateLimitCounters } from './rate-limit.tables.ts';
import { removeExpiredCounters } from './rate-limit.ts';

// Two instances on one database, as behind a load balancer, with a small live-room entry limit.
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await buildTestApp({ LIVE_JOINS_PER_MINUTE: '3' });
  b = await buildTestApp({ LIVE_JOINS_PER_MINUTE: '3' }, a.database);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

const enter = (app: TestApp, path: string, ip: string) =>
  app.request({
    method: 'POST',
    url: `${path}/participants`,
    payload: { displayName: 'Osallistuja' },
    remoteAddress: ip,
  });

describe('shared rate limits', () => {
  it('count live-room entries from one address on every instance together', async () => {
    const { network } = await buildNetwork(a);
    const meeting = await buildMeeting(a, network);
    const path = `/api/networks/${network.slug}/live/${meeting.slug}`;
    const statuses = [];
    for (const app of [a, b, a, b]) statuses.push((await enter(app, path, '198.51.100.7')).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await enter(b, path, '198.51.100.8')).statusCode).toBe(201);
  });

  it('keep no e-mail or IP address, and remove counters whose window has ended', async () => {
    await a.app.limits.exceeded('test person@example.org', 5, 60_000);
    const keys = (await a.database.db.select({ key: rateLimitCounters.key }).from(rateLimitCounters)).map(
      (row) => row.key,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toMatch(/@|198\.51\.100/);

    const before = await a.database.db.$count(rateLimitCounters);
    await a.database.db
      .update(rateLimitCounters)
      .set({ resetsAt: sql`now() - interval '1 second'` })
      .where(sql`${rateLimitCounters.key} = ${keys[0]}`);
    await removeExpiredCounters(a.database.db);
    expect(await a.database.db.$count(rateLimitCounters)).toBe(before - 1);
  });

  it('start a new window once the last one has ended', async () => {
    const hit = () => a.app.limits.exceeded('test window', 1, 60_000);
    expect([await hit(), await hit()]).toEqual([false, true]);
    await a.database.db.update(rateLimitCounters).set({ resetsAt: sql`now() - interval '1 second'` });
    expect(await hit()).toBe(false);
  });
});

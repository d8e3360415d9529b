import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { WAIT } from '#test/budget.ts';
import { buildNetwork } from '#test/factories.ts';
import { networks } from './networks.tables.ts';

let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  first = await buildTestApp();
  second = await buildTestApp({}, first.database);
});
afterAll(async () => {
  await second.close();
  await first.close();
});

const statusSeenBy = async (t: TestApp, slug: string) =>
  (await t.request({ method: 'GET', url: `/api/networks/${slug}` })).json().status;

/** Asks until the answer is the expected one (notifications arrive asynchronously), then the answer. */
async function eventually(read: () => Promise<unknown>, expected: unknown) {
  await vi
    .waitFor(async () => {
      if ((await read()) !== expected) throw new Error('not yet');
    }, WAIT)
    .catch(() => {}); // the caller's assertion says what was seen instead
  return read();
}

describe('network cache', () => {
  it('shows an organiser’s edit on every instance', async () => {
    const { network, organiser } = await buildNetwork(first);
    expect(await statusSeenBy(second, network.slug)).toBe('active'); // now cached by the second instance
    const edit = await first.request({
      method: 'PATCH',
      url: `/api/networks/${network.slug}`,
      payload: { status: 'ended' },
      cookie: organiser.cookie,
    });
    expect(edit.statusCode).toBe(200);
    expect(await statusSeenBy(first, network.slug)).toBe('ended');
    expect(await eventually(() => statusSeenBy(second, network.slug), 'ended')).toBe('ended');
  });

  it('forgets a network changed outside the app, e.g. by another tool', async () => {
    const { network } = await buildNetwork(first);
    expect(await statusSeenBy(first, network.slug)).toBe('active');
    await first.database.db.update(networks).set({ status: 'ended' }).where(eq(networks.id, network.id));
    expect(await eventually(() => statusSeenBy(first, network.slug), 'ended')).toBe('ended');
  });

  it('finds a network created after someone asked for it', async () => {
    const missing = await first.request({ method: 'GET', url: '/api/networks/later-network' });
    expect(missing.statusCode).toBe(404);
    await buildNetwork(first, { slug: 'later-network' });
    const found = async () =>
      (await first.request({ method: 'GET', url: '/api/networks/later-network' })).statusCode;
    expect(await eventually(found, 200)).toBe(200);
  });
});

import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { createTestDatabase } from '#test/database.ts';
import { adminUrl, databaseOf } from '#test/template.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const healthz = async (app: TestApp) => {
  const response = await app.request({ method: 'GET', url: '/healthz' });
  return { status: response.statusCode, body: response.json() };
};
const ok = { status: 200, body: { status: 'ok' } };
const failed = (...checks: string[]) => ({ status: 503, body: { status: 'unavailable', failed: checks } });

/** Runs `work` on the server's maintenance database. */
async function asAdmin(url: string, work: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

describe('GET /healthz', () => {
  it('answers 503 naming the disk when DATA_DIR has less free space than the minimum', async () => {
    t = await buildTestApp({ HEALTHZ_MIN_FREE_MB: String(Number.MAX_SAFE_INTEGER) });
    expect(await healthz(t)).toEqual(failed('disk'));
  });

  it('answers 503 naming the database while it does not answer, and 200 again once it does', async () => {
    const database = await createTestDatabase();
    t = await buildTestApp({ HEALTHZ_TIMEOUT_MS: '300' }, database);
    expect(await healthz(t)).toEqual(ok);
    if (database.kind === 'pglite') {
      // Busy with a transaction that does not end: the probe times out.
      let finish = () => {};
      const busy = database.pglite.transaction(() => new Promise<void>((resolve) => (finish = resolve)));
      expect(await healthz(t)).toEqual(failed('database'));
      finish();
      await busy;
    } else {
      // The server drops every connection and accepts no new one.
      const name = databaseOf(database.url);
      await asAdmin(database.url, async (admin) => {
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
      });
      expect(await healthz(t)).toEqual(failed('database'));
      await asAdmin(database.url, (admin) =>
        admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`),
      );
    }
    expect(await healthz(t)).toEqual(ok);
    await t.close();
    t = undefined;
    await database.close();
  });

  it('answers 503 naming the database once it is closed under the app', async () => {
    const database = await createTestDatabase();
    const app = await buildTestApp({}, database);
    await database.close();
    expect(await healthz(app)).toEqual(failed('database'));
    await app.app.close().catch(() => {}); // its job queue cannot stop cleanly on a closed database
    await rm(app.dataDir, { recursive: true, force: true });
  });
});

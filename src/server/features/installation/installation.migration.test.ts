import { afterAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase } from '#server/db/client.ts';
import { knownMigrations } from '#server/db/migration-level.ts';
import { inTransaction } from '#server/db/sql-session.ts';
import { createEmptyDatabase } from '#test/database.ts';

// Migration 0017 added the public texts: what it did with the rows already there.
let database: Database;
afterAll(async () => {
  await database?.close();
});

describe('the public texts added to an installation in use', () => {
  it("publish no list's note, give networks no notice or address, and keep the settings to one row", async () => {
    database = await createEmptyDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    const migrations = knownMigrations();
    const before = migrations[migrations.findIndex((m) => m.tag === '0017_public_statements') - 1];
    if (!before) throw new Error('expected a migration before 0017');
    await migrateDatabase(database, { upTo: before.when });
    await inTransaction(database, 'BEGIN', async (sql) => {
      const [network] = await sql<{ id: string }>(
        `INSERT INTO networks (slug, name) VALUES ('a', '{}') RETURNING id`,
      );
      await sql(
        `INSERT INTO mailing_lists (network_id, name, description) VALUES ($1, 'L', 'Tuotu rekisteristä')`,
        [network?.id],
      );
    });
    // Up to 0018: 0019 makes the list texts localized (events.migration.test.ts).
    const next = migrations[migrations.findIndex((m) => m.tag === '0018_host_and_logo')];
    await migrateDatabase(database, { upTo: next?.when });
    const after = await inTransaction(database, 'BEGIN', (sql) =>
      Promise.all([
        sql('SELECT description, public_description FROM mailing_lists'),
        sql('SELECT privacy_notice, contact_address FROM networks'),
        sql('SELECT count(*)::int AS n FROM installation_settings'),
      ]),
    );
    expect(after).toEqual([
      [{ description: 'Tuotu rekisteristä', public_description: '' }],
      [{ privacy_notice: {}, contact_address: null }],
      [{ n: 0 }],
    ]);
    const second = inTransaction(database, 'BEGIN', (sql) =>
      sql('INSERT INTO installation_settings (singleton) VALUES (false)'),
    );
    await expect(second).rejects.toThrow(/installation_settings_one_row/);
  });
});

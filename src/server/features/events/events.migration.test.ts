import { afterAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase } from '#server/db/client.ts';
import { knownMigrations } from '#server/db/migration-level.ts';
import { inTransaction } from '#server/db/sql-session.ts';
import { createEmptyDatabase } from '#test/database.ts';

// Migration 0019 made the texts organisers write localized: what it did with the rows already there.
let database: Database;
afterAll(async () => {
  await database?.close();
});

describe('content written before it could be localized', () => {
  it('is Finnish, the main language of every network made before; empty texts are none; search still finds it', async () => {
    database = await createEmptyDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    const migrations = knownMigrations();
    const before = migrations[migrations.findIndex((m) => m.tag === '0019_localized_content') - 1];
    if (!before) throw new Error('expected a migration before 0019');
    await migrateDatabase(database, { upTo: before.when });
    await inTransaction(database, 'BEGIN', async (sql) => {
      const one = async (text: string, params: unknown[] = []) =>
        ((await sql<{ id: string }>(text, params))[0]?.id ?? '') as string;
      const network = await one(`INSERT INTO networks (slug, name) VALUES ('a', '{"fi":"A"}') RETURNING id`);
      await one(
        `INSERT INTO themes (network_id, title, position) VALUES ($1, 'Tiedonhallinta', 0) RETURNING id`,
        [network],
      );
      const event = await one(
        `INSERT INTO events (network_id, slug, title, introduction, starts_at, ends_at, time_zone, local_date)
         VALUES ($1, 'm', 'Kuntien yhteistyö', 'Miten **kunnat** toimivat?', now(), now(), 'Europe/Helsinki', '2026-12-02')
         RETURNING id`,
        [network],
      );
      await sql(
        `INSERT INTO materials (network_id, event_id, kind, title, url) VALUES ($1, $2, 'link', 'Diat', 'https://example.org')`,
        [network, event],
      );
      await sql(
        `INSERT INTO mailing_lists (network_id, name, public_description) VALUES ($1, 'Kunnat', '')`,
        [network],
      );
    });
    await migrateDatabase(database);
    const after = await inTransaction(database, 'BEGIN', (sql) =>
      Promise.all([
        sql('SELECT main_language FROM networks'),
        sql('SELECT title, description FROM themes'),
        sql('SELECT title, introduction, notes FROM events'),
        sql('SELECT title FROM materials'),
        sql('SELECT name, public_description FROM mailing_lists'),
        sql(`SELECT slug FROM events WHERE search @@ websearch_to_tsquery('finnish', 'kunta')`),
      ]),
    );
    expect(after).toEqual([
      [{ main_language: 'fi' }],
      [{ title: { fi: 'Tiedonhallinta' }, description: {} }],
      [{ title: { fi: 'Kuntien yhteistyö' }, introduction: { fi: 'Miten **kunnat** toimivat?' }, notes: {} }],
      [{ title: { fi: 'Diat' } }],
      [{ name: { fi: 'Kunnat' }, public_description: {} }],
      [{ slug: 'm' }],
    ]);
  });
});

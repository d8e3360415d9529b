import { afterAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase } from '#server/db/client.ts';
import { knownMigrations } from '#server/db/migration-level.ts';
import { inTransaction } from '#server/db/sql-session.ts';
import { createEmptyDatabase } from '#test/database.ts';

// Migration 0016 moved a campaign's lists from a JSON array to rows: what it did with the data.
let database: Database;
afterAll(async () => {
  await database?.close();
});

describe('campaign lists moved from JSON to rows', () => {
  it('keep their order, drop ids of no list of the network, and unlink another network’s meeting', async () => {
    database = await createEmptyDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    const migrations = knownMigrations();
    const before = migrations[migrations.findIndex((m) => m.tag === '0016_campaign_lists') - 1];
    if (!before) throw new Error('expected a migration before 0016');
    await migrateDatabase(database, { upTo: before.when });
    const ids = await inTransaction(database, 'BEGIN', async (sql) => {
      const one = async (text: string, params: unknown[] = []) =>
        ((await sql<{ id: string }>(text, params))[0]?.id ?? '') as string;
      const own = await one(`INSERT INTO networks (slug, name) VALUES ('a', '{}') RETURNING id`);
      const other = await one(`INSERT INTO networks (slug, name) VALUES ('b', '{}') RETURNING id`);
      const list = (network: string, name: string) =>
        one(`INSERT INTO mailing_lists (network_id, name) VALUES ($1, $2) RETURNING id`, [network, name]);
      const [first, second, theirs] = [await list(own, 'B'), await list(own, 'A'), await list(other, 'C')];
      const meeting = await one(
        `INSERT INTO events (network_id, slug, title, starts_at, ends_at, time_zone, local_date)
         VALUES ($1, 'm', 'M', now(), now(), 'Europe/Helsinki', '2026-12-02') RETURNING id`,
        [other],
      );
      const listIds = [second, theirs, first, second, '00000000-0000-4000-8000-000000000000'];
      const campaign = await one(
        `INSERT INTO campaigns (network_id, template, subject, body, list_ids, event_id)
         VALUES ($1, 'custom', 's', 'b', $2::jsonb, $3) RETURNING id`,
        [own, JSON.stringify(listIds), meeting],
      );
      return { own, first, second, campaign };
    });
    await migrateDatabase(database);
    const after = await inTransaction(database, 'BEGIN', (sql) =>
      Promise.all([
        sql('SELECT network_id, campaign_id, list_id, position FROM campaign_lists ORDER BY position'),
        sql('SELECT event_id FROM campaigns'),
      ]),
    );
    expect(after).toEqual([
      [
        { network_id: ids.own, campaign_id: ids.campaign, list_id: ids.second, position: 0 },
        { network_id: ids.own, campaign_id: ids.campaign, list_id: ids.first, position: 2 },
      ],
      [{ event_id: null }],
    ]);
  });
});

import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, migrateDatabase } from '#server/db/client.ts';
import { appliedMigration, knownMigrations } from '#server/db/migration-level.ts';
import { ident, inTransaction } from '#server/db/sql-session.ts';
import { CAMPAIGN_QUEUE } from '#server/features/outreach/campaign-runner.ts';
import { buildTestApp } from '#test/app.ts';
import { BUDGET } from '#test/budget.ts';
import { createEmptyDatabase, createPgliteDatabase, createTestDatabase } from '#test/database.ts';
import { fillInstallation } from '#test/installation.ts';
import { writeBackup } from './backup.ts';
import { listTables, nonEmptyTables } from './catalog.ts';
import { RestoreRefused, restoreBackup } from './restore.ts';

// Each test fills a whole installation and round-trips it: a budget of its own.
vi.setConfig({ testTimeout: BUDGET.heavy });

type Kind = 'pglite' | 'postgres';
const kinds: Kind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const SECRET = { secret: 'installation-secret-that-is-at-least-32-characters', from: 'data-dir' as const };

let dir: string;
const opened: Array<{ close(): Promise<void> }> = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verkosto-backup-'));
});
afterAll(async () => {
  for (const handle of opened.reverse()) await handle.close();
  await rm(dir, { recursive: true, force: true });
});

const track = <T extends { close(): Promise<void> }>(handle: T): T => {
  opened.push(handle);
  return handle;
};

/** Every row of every table, as PostgreSQL's JSON of it (times in UTC), sorted. */
async function everyRow(database: Database): Promise<Record<string, string[]>> {
  return inTransaction(database, 'BEGIN', async (sql) => {
    await sql(`SET LOCAL TimeZone = 'UTC'`);
    const rows: Record<string, string[]> = {};
    for (const { name } of await listTables(sql)) {
      const found = await sql<{ row: string }>(
        `SELECT to_jsonb(t)::text AS row FROM public.${ident(name)} t`,
      );
      rows[name] = found.map((r) => r.row).sort();
    }
    return rows;
  });
}

async function backupTo(database: Database, name: string): Promise<string> {
  const file = join(dir, name);
  await writeBackup(database, createWriteStream(file), SECRET);
  return file;
}

const restoreFrom = (database: Database, file: string) => restoreBackup(database, createReadStream(file));

/** An installation in use: an app serving on it, with rows in every table. */
async function filledSource(kind: Kind) {
  const database = track(kind === 'pglite' ? await createPgliteDatabase() : await createTestDatabase());
  const t = track(await buildTestApp({}, database));
  const filled = await fillInstallation(t);
  return { t, ...filled };
}

describe('backup and restore', () => {
  for (const from of kinds) {
    it(`carries every row of every table from ${from} to ${kinds.join(' and ')}`, async () => {
      const source = await filledSource(from);
      const file = await backupTo(source.t.database, `${from}.backup`);
      const rows = await everyRow(source.t.database);
      // Every table has rows, so the comparison covers them all (a new feature's table needs some here).
      expect(Object.entries(rows).filter(([, r]) => r.length === 0)).toEqual([]);

      for (const to of kinds) {
        const target = track(await createEmptyDatabase(to));
        const { header, tables } = await restoreFrom(target, file);
        expect(header).toMatchObject({
          source: from,
          sessionSecret: SECRET.secret,
          sessionSecretFrom: 'data-dir',
        });
        expect(tables.materials).toBe(rows.materials?.length);
        expect(await everyRow(target)).toEqual(rows);
        expect(await inTransaction(target, 'BEGIN', appliedMigration)).toEqual(knownMigrations().at(-1));

        // The restored installation sends its scheduled campaign at its time: the worker queues it once.
        for (let start = 0; start < 2; start++) {
          const app = await buildTestApp({}, target);
          const jobs = await app.app.jobs.findJobs(CAMPAIGN_QUEUE, {
            data: { campaignId: source.scheduled.id },
            queued: true,
          });
          await app.close();
          expect(jobs.map((j) => j.startAfter.getTime())).toEqual([source.scheduled.at.getTime()]);
        }
      }
    });
  }

  it('refuses an installation that is not empty, naming what is there, and changes nothing', async () => {
    const source = await filledSource(kinds[0] as Kind);
    const file = await backupTo(source.t.database, 'nonempty.backup');
    const before = await everyRow(source.t.database);
    const refusal = await restoreFrom(source.t.database, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RestoreRefused);
    expect((refusal as Error).message).toMatch(/^The installation is not empty: .*networks \(\d+ rows\)/);
    expect((refusal as Error).message).toMatch(/users \(\d+ rows\)/);
    expect(await everyRow(source.t.database)).toEqual(before);
  });

  it('loads an older backup at its own level, then migrates it the rest of the way', async () => {
    // Migration 0009 rewrote data (a subscriber's source); a backup from just before it must come out rewritten.
    const migrations = knownMigrations();
    const rewriting = migrations.findIndex((m) => m.tag === '0009_subscriber_source');
    const older = migrations[rewriting - 1];
    const latest = migrations.at(-1);
    if (!older || !latest) throw new Error('expected the migrations around 0009');
    const source = track(await createEmptyDatabase('pglite'));
    await migrateDatabase(source, { upTo: older.when });
    // Before 0009, a subscriber's source was English text; the migration structures it.
    await inTransaction(source, 'BEGIN', async (sql) => {
      const [network] = await sql<{ id: string }>(
        `INSERT INTO networks (slug, name) VALUES ('old', '{"fi":"Vanha"}') RETURNING id`,
      );
      const [list] = await sql<{ id: string }>(
        `INSERT INTO mailing_lists (network_id, name) VALUES ($1, 'Kunnat') RETURNING id`,
        [network?.id],
      );
      await sql(
        `INSERT INTO subscribers (list_id, email, status, source) VALUES ($1, 'a@example.org', 'confirmed', 'import of kunnat.csv by o@example.org on 2024-01-01')`,
        [list?.id],
      );
    });
    const file = await backupTo(source, 'older.backup');

    // A database already past the backup's level cannot go back to it.
    const migrated = track(await createPgliteDatabase());
    await expect(restoreFrom(migrated, file)).rejects.toThrow(
      `This database is already at migration ${latest.tag}, past the backup's ${older.tag}.`,
    );

    const target = track(await createEmptyDatabase(kinds.at(-1) as Kind));
    expect((await restoreFrom(target, file)).header.migration).toEqual(older);
    const subscriber = await inTransaction(target, 'BEGIN', (sql) =>
      sql('SELECT source, source_by, source_file FROM subscribers'),
    );
    expect(subscriber).toEqual([{ source: 'import', source_by: 'o@example.org', source_file: 'kunnat.csv' }]);
    expect(await inTransaction(target, 'BEGIN', appliedMigration)).toEqual(latest);
  });

  it('refuses a backup from a newer Verkosto, a damaged one and an incomplete one, restoring nothing', async () => {
    const source = track(await createPgliteDatabase());
    await inTransaction(source, 'BEGIN', (sql) =>
      sql(`INSERT INTO networks (slug, name) VALUES ('n', '{}')`),
    );
    const good = (await readFile(await backupTo(source, 'small.backup'))).toString('base64');
    const lines = gunzipSync(Buffer.from(good, 'base64')).toString().trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '');
    const variant = async (name: string, content: string[] | Buffer) => {
      const file = join(dir, name);
      await writeFile(file, Array.isArray(content) ? gzipSync(`${content.join('\n')}\n`) : content);
      return file;
    };
    const latest = knownMigrations().at(-1);
    const newer = [
      JSON.stringify([
        header[0],
        { ...header[1], migration: { tag: '9999_future', when: (latest?.when ?? 0) + 1 } },
      ]),
      ...lines.slice(1),
    ];
    const target = track(await createEmptyDatabase('pglite'));
    await expect(restoreFrom(target, await variant('newer', newer))).rejects.toThrow(
      `This backup was made by a newer Verkosto (migration 9999_future; this one knows up to ${latest?.tag}). Upgrade Verkosto first, then restore.`,
    );
    await expect(restoreFrom(target, await variant('text', Buffer.from('hello')))).rejects.toThrow(
      'The file is not a Verkosto backup, or it is damaged',
    );
    await expect(restoreFrom(target, await variant('cut', lines.slice(0, -1)))).rejects.toThrow(
      'The backup ends early',
    );
    expect(await inTransaction(target, 'BEGIN', nonEmptyTables)).toEqual([]);
  });
});

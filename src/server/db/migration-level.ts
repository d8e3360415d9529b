import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const migrationsFolder = join(import.meta.dirname, 'migrations');

/** A migration as drizzle-kit's journal names it; `when` orders them and is what the database records. */
export type Migration = { tag: string; when: number };

type Journal = { entries: Array<Migration & Record<string, unknown>> };

const readJournal = (folder: string): Journal =>
  JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;

/** The migrations this version of Verkosto carries, oldest first. */
export function knownMigrations(): Migration[] {
  return readJournal(migrationsFolder).entries.map(({ tag, when }) => ({ tag, when }));
}

/** The level a database is at: the last migration drizzle recorded in it (null when never migrated). */
export async function appliedMigration(
  query: (sql: string) => Promise<Array<{ when: string | number | null }>>,
): Promise<Migration | null> {
  const [exists] = await query(`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS "when"`);
  if (!exists?.when) return null;
  const [last] = await query('SELECT max(created_at) AS "when" FROM drizzle.__drizzle_migrations');
  if (last?.when === null || last?.when === undefined) return null;
  const when = Number(last.when);
  return knownMigrations().find((m) => m.when === when) ?? { tag: `unknown (${when})`, when };
}

/** A copy of the migrations folder that ends at `when`, for migrating a database to that level only. */
export function migrationsUpTo(when: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'verkosto-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const journal = readJournal(migrationsFolder);
  const entries = journal.entries.filter((entry) => entry.when <= when);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag } of entries)
    copyFileSync(join(migrationsFolder, `${tag}.sql`), join(folder, `${tag}.sql`));
  return folder;
}

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database } from '#server/db/client.ts';
import { appliedMigration } from '#server/db/migration-level.ts';
import { ident, inTransaction, type Sql } from '#server/db/sql-session.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupLine,
  type SecretSource,
} from './backup-format.ts';
import { listSequences, listTables, type Table } from './catalog.ts';

export type BackupSummary = { tables: Record<string, number>; migration: string };

const BATCH = 500;

/**
 * Writes the whole installation to `out` as one gzip'd file, from one consistent snapshot: a
 * REPEATABLE READ READ ONLY transaction (on PGlite the database waits for it). pg-boss's jobs are
 * left out: the app derives them again at start.
 */
export async function writeBackup(
  database: Database,
  out: Writable,
  secret: SecretSource,
): Promise<BackupSummary> {
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  const write = async (line: BackupLine | string) => {
    if (!gzip.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  try {
    const summary = await inTransaction(
      database,
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      async (sql) => {
        // Times in UTC and bytes in hex, whatever the server's defaults are.
        await sql(`SET LOCAL TimeZone = 'UTC'`);
        await sql(`SET LOCAL bytea_output = 'hex'`);
        const migration = await appliedMigration(sql);
        if (!migration) throw new Error('The database has never been migrated: there is nothing to back up.');
        await write([BACKUP_FORMAT, header(database, migration, secret)]);
        const tables: Record<string, number> = {};
        for (const table of await listTables(sql)) tables[table.name] = await writeTable(sql, table, write);
        for (const name of await listSequences(sql)) {
          const [s] = await sql<{ lastValue: string; isCalled: boolean }>(
            `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM public.${ident(name)}`,
          );
          if (s) await write(['sequence', name, s]);
        }
        await write(['end', { tables }]);
        return { tables, migration: migration.tag };
      },
    );
    gzip.end();
    await written;
    return summary;
  } catch (error) {
    gzip.destroy(error as Error);
    await written.catch(() => {});
    throw error;
  }
}

function header(
  database: Database,
  migration: BackupHeader['migration'],
  secret: SecretSource,
): BackupHeader {
  return {
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migration,
    source: database.kind,
    sessionSecret: secret.from === 'data-dir' ? secret.secret : null,
    sessionSecretFrom: secret.from,
  };
}

/** Streams a table's rows through a cursor, so no table is held in memory whole. */
async function writeTable(sql: Sql, table: Table, write: (line: BackupLine | string) => Promise<void>) {
  await write(['table', table.name, { columns: table.columns }]);
  const withoutGenerated = table.generated.length
    ? ` - ARRAY[${table.generated.map((c) => `'${c.replaceAll("'", "''")}'`).join(', ')}]::text[]`
    : '';
  await sql(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT (to_jsonb(t)${withoutGenerated})::text AS row FROM public.${ident(table.name)} t`,
  );
  let count = 0;
  for (;;) {
    const rows = await sql<{ row: string }>(`FETCH ${table.binary ? 1 : BATCH} FROM backup_rows`);
    for (const { row } of rows) await write(row);
    count += rows.length;
    if (rows.length === 0) break;
  }
  await sql('CLOSE backup_rows');
  return count;
}

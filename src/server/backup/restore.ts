import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type Database, migrateDatabase } from '#server/db/client.ts';
import { appliedMigration, knownMigrations } from '#server/db/migration-level.ts';
import { ident, inTransaction, type Sql } from '#server/db/sql-session.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupLine } from './backup-format.ts';
import { listTables, nonEmptyTables, type Table } from './catalog.ts';

/** A backup that cannot be restored here; the message says why and what to do. */
export class RestoreRefused extends Error {}

export type RestoreSummary = { header: BackupHeader; tables: Record<string, number> };

const BATCH_ROWS = 500;
const BATCH_CHARS = 8 * 1024 * 1024;

/**
 * Loads a backup into an empty installation: migrates it to the backup's level, inserts every
 * row in one transaction (parents first), sets the sequences, and migrates the rest of the way.
 */
export async function restoreBackup(database: Database, input: Readable): Promise<RestoreSummary> {
  try {
    return await restore(database, input);
  } catch (error) {
    // zlib's errors: not gzip at all, or a file cut short.
    if (String((error as NodeJS.ErrnoException).code).startsWith('Z_')) {
      throw new RestoreRefused(`${NOT_A_BACKUP} (${(error as Error).message}). Nothing was restored.`);
    }
    throw error;
  }
}

const NOT_A_BACKUP = 'The file is not a Verkosto backup, or it is damaged';

async function restore(database: Database, input: Readable): Promise<RestoreSummary> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const header = readHeader((await lines.next()).value);
  await checkTarget(database, header);
  await migrateDatabase(database, { upTo: header.migration.when });
  const tables = await inTransaction(database, 'BEGIN', async (sql) => {
    await refuseUnlessEmpty(sql);
    return load(sql, lines);
  });
  await migrateDatabase(database);
  return { header, tables };
}

/** The header of a backup, read from its first line only. */
export async function readBackupHeader(input: Readable): Promise<BackupHeader> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) return readHeader(line);
    return readHeader(undefined);
  } finally {
    lines.close();
    input.destroy();
  }
}

function readHeader(first: string | undefined): BackupHeader {
  const line = parse(first ?? '') as BackupLine | null;
  if (!Array.isArray(line) || line[0] !== BACKUP_FORMAT) throw new RestoreRefused(`${NOT_A_BACKUP}.`);
  const header = line[1] as BackupHeader;
  if (header.version !== BACKUP_VERSION) {
    throw new RestoreRefused(
      `This backup has format version ${header.version}; this Verkosto reads version ${BACKUP_VERSION}.`,
    );
  }
  return header;
}

async function checkTarget(database: Database, header: BackupHeader) {
  const known = knownMigrations();
  const latest = known.at(-1);
  if (!known.some((m) => m.when === header.migration.when)) {
    throw new RestoreRefused(
      latest && header.migration.when > latest.when
        ? `This backup was made by a newer Verkosto (migration ${header.migration.tag}; this one knows up to ${latest.tag}). Upgrade Verkosto first, then restore.`
        : `This backup is at migration ${header.migration.tag}, which this Verkosto does not know.`,
    );
  }
  await inTransaction(database, 'BEGIN', async (sql) => {
    const applied = await appliedMigration(sql);
    if (applied && applied.when > header.migration.when) {
      throw new RestoreRefused(
        `This database is already at migration ${applied.tag}, past the backup's ${header.migration.tag}. Restore into a new empty database (a new DATA_DIR, or a new PostgreSQL database); it is migrated after loading.`,
      );
    }
    if (applied) await refuseUnlessEmpty(sql);
  });
}

async function refuseUnlessEmpty(sql: Sql) {
  const found = await nonEmptyTables(sql);
  if (found.length === 0) return;
  const what = found.map((f) => `${f.table} (${f.rows} ${f.rows === 1 ? 'row' : 'rows'})`).join(', ');
  throw new RestoreRefused(`The installation is not empty: ${what}. Restore only into an empty one.`);
}

/** Inserts the rows table by table in batches; checks the counts against the end line. */
async function load(sql: Sql, lines: AsyncIterator<string>): Promise<Record<string, number>> {
  const targets = new Map((await listTables(sql)).map((t) => [t.name, t]));
  const loaded: Record<string, number> = {};
  let table: Table | null = null;
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (table && batch.length > 0) await insertRows(sql, table, batch);
    batch = [];
    chars = 0;
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (line.startsWith('{')) {
      if (!table) throw new RestoreRefused('The backup has rows before any table.');
      batch.push(line);
      chars += line.length;
      loaded[table.name] = (loaded[table.name] ?? 0) + 1;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    await flush();
    const entry = parse(line) as BackupLine;
    if (entry[0] === 'table') {
      table = targetTable(targets, entry[1], entry[2].columns);
      loaded[table.name] = 0;
    } else if (entry[0] === 'sequence') {
      await sql(`SELECT setval('public.${ident(entry[1])}', $1::bigint, $2)`, [
        entry[2].lastValue,
        entry[2].isCalled,
      ]);
    } else if (entry[0] === 'end') {
      checkCounts(entry[1].tables, loaded);
      return loaded;
    }
  }
  throw new RestoreRefused(
    'The backup ends early (it has no end line): it is incomplete. Nothing was restored.',
  );
}

function targetTable(targets: Map<string, Table>, name: string, columns: string[]): Table {
  const target = targets.get(name);
  if (!target) throw new RestoreRefused(`The backup has a table ${name} that this database lacks.`);
  const missing = columns.filter((c) => !target.columns.includes(c));
  if (missing.length > 0) {
    throw new RestoreRefused(
      `The backup's table ${name} has columns this database lacks: ${missing.join(', ')}.`,
    );
  }
  return { ...target, columns };
}

/** PostgreSQL turns each row's JSON back into the table's types (bytea from hex, times with zone). */
async function insertRows(sql: Sql, table: Table, rows: string[]) {
  const columns = table.columns.map(ident).join(', ');
  await sql(
    `INSERT INTO public.${ident(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::public.${ident(table.name)}, $1::jsonb)`,
    [`[${rows.join(',')}]`],
  );
}

function checkCounts(expected: Record<string, number>, loaded: Record<string, number>) {
  for (const [name, rows] of Object.entries(expected)) {
    if ((loaded[name] ?? 0) !== rows) {
      throw new RestoreRefused(
        `The backup is damaged: table ${name} should have ${rows} rows, it has ${loaded[name] ?? 0}.`,
      );
    }
  }
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreRefused(`${NOT_A_BACKUP}: a line is not JSON.`);
  }
}

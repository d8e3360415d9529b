import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Extensions, PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { migrationsFolder, migrationsUpTo } from './migration-level.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Db | PgTransaction<PgQueryResultHKT, Schema>;

export type Database =
  | { kind: 'pglite'; db: Db; pglite: PGlite; lock?: DataDirLock; close(): Promise<void> }
  | { kind: 'postgres'; db: Db; pool: pg.Pool; url: string; close(): Promise<void> };

/**
 * Where the data lives: a PGlite folder (or memory), or a PostgreSQL server. `command` names the
 * opener in the folder's lock file and in PostgreSQL's `application_name`.
 */
export type DatabaseTarget = { command?: string } & (
  | { databaseUrl: string }
  | { dataDir: string; extensions?: Extensions }
  | { memory: true; loadDataDir?: Blob }
);

/** The one PGlite factory: extensions must be given every time a data folder is opened. */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob; extensions?: Extensions } = {},
): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { pg_trgm, ...options.extensions } });
}

/** Opens the database; a PGlite folder only after taking its lock (data-dir-lock.ts). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const command = target.command ?? `node ${process.argv.slice(1, 3).join(' ')}`.trim();
  if ('databaseUrl' in target) {
    // Every connection (the pool, the bus, pg-boss) says which command opened it, in pg_stat_activity.
    const labelled = new URL(target.databaseUrl);
    labelled.searchParams.set('application_name', command.slice(0, 63));
    const url = labelled.toString();
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool opens a new one on next use, and a query in flight fails with its own error.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return { kind: 'postgres', db, pool, url, close: () => pool.end() };
  }
  if ('dataDir' in target) {
    mkdirSync(target.dataDir, { recursive: true });
    const lock = await lockDataDir(target.dataDir, command);
    try {
      const dir = join(target.dataDir, 'pglite');
      mkdirSync(dir, { recursive: true });
      return pgliteDatabase(await openPglite({ dataDir: dir, extensions: target.extensions }), lock);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  return pgliteDatabase(await openPglite(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}));
}

function pgliteDatabase(pglite: PGlite, lock?: DataDirLock): Database {
  const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db;
  const close = async () => {
    try {
      if (!pglite.closed) await pglite.close();
    } finally {
      lock?.release();
    }
  };
  return { kind: 'pglite', db, pglite, lock, close };
}

/**
 * Applies the committed drizzle-kit migrations; safe to run on every start. With `upTo` (a
 * migration's `when`), only those up to that one: a restore loads a backup at its own level.
 */
export async function migrateDatabase(database: Database, options: { upTo?: number } = {}): Promise<void> {
  const folder = options.upTo === undefined ? migrationsFolder : migrationsUpTo(options.upTo);
  try {
    await migrateFrom(database, folder);
  } finally {
    if (folder !== migrationsFolder) rmSync(folder, { recursive: true, force: true });
  }
}

async function migrateFrom(database: Database, folder: string) {
  if (database.kind === 'pglite') {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder: folder });
    return;
  }
  // Instances starting together on one server take turns; the second finds nothing left to do.
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder: folder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

const MIGRATION_LOCK = 0x7665726b; // 'verk'

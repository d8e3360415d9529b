/**
 * The database a benchmark's app runs on: PGlite in its DATA_DIR, or, when the shell sets
 * DATABASE_URL, a fresh database on that PostgreSQL server, dropped at the end. Either way the
 * benchmark can open it itself to seed what the API would take too long to make.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '#server/db/client.ts';
import { type Resource, track } from './resources.ts';

export type BenchDatabase = Resource & {
  kind: 'pglite' | 'postgres';
  /** Added to the app's environment: DATABASE_URL for PostgreSQL, nothing for PGlite. */
  env: Record<string, string>;
  /** Opens (and migrates) it from the benchmark's process; for PGlite only while the app is stopped. */
  open(): Promise<Database>;
};

/** The maintenance database of the same server, for CREATE and DROP DATABASE. */
const adminUrl = (url: string) => Object.assign(new URL(url), { pathname: '/postgres' }).toString();

export async function benchDatabase(dataDir: string, prefix: string): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    return track<BenchDatabase>({
      kind: 'pglite',
      env: {},
      open: () => opened({ dataDir }),
      close: async () => {},
      closeNow: () => {},
    });
  }
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin(url, `CREATE DATABASE ${name}`);
  const own = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  return track<BenchDatabase>({
    kind: 'postgres',
    env: { DATABASE_URL: own },
    open: () => opened({ databaseUrl: own }),
    close: () => admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    // On 'exit' nothing can be awaited: the database is left, named after the benchmark.
    closeNow: () => {},
  });
}

async function opened(target: { dataDir: string } | { databaseUrl: string }): Promise<Database> {
  const database = await openDatabase({ ...target, command: 'npm run bench' });
  await migrateDatabase(database);
  return database;
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

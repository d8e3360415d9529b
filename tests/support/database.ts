import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, migrateDatabase, openDatabase } from '#server/db/client.ts';
import { adminUrl, databaseOf } from './template.ts';

/**
 * A fresh, migrated database of the kind this run tests: PostgreSQL when DATABASE_URL is set,
 * else PGlite in memory. Closing it drops it.
 */
export async function createTestDatabase(): Promise<Database> {
  const templateUrl = inject('templateUrl');
  if (templateUrl) return copyPostgresTemplate(templateUrl);
  const file = inject('pgliteTemplate');
  if (!file) throw new Error('global setup did not prepare a template');
  return openDatabase({ memory: true, loadDataDir: new Blob([await readFile(file)]) });
}

/**
 * A database that was never migrated, as an operator creates one: PGlite in memory, or a new
 * database on the run's PostgreSQL server. Closing it drops it.
 */
export async function createEmptyDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ memory: true });
  const templateUrl = inject('templateUrl');
  if (!templateUrl) throw new Error('an empty PostgreSQL database needs DATABASE_URL');
  return createPostgresDatabase(templateUrl, 'template0');
}

/** A migrated PGlite database in memory, also on a PostgreSQL run (where no PGlite template exists). */
export async function createPgliteDatabase(): Promise<Database> {
  if (inject('pgliteTemplate')) return createTestDatabase();
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  return database;
}

function copyPostgresTemplate(templateUrl: string): Promise<Database> {
  return createPostgresDatabase(templateUrl, databaseOf(templateUrl));
}

async function createPostgresDatabase(templateUrl: string, template: string): Promise<Database> {
  const name = `verkosto_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(templateUrl) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  const close = database.close;
  database.close = async () => {
    await close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  return database;
}

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '#server/db/client.ts';
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

async function copyPostgresTemplate(templateUrl: string): Promise<Database> {
  const name = `verkosto_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(templateUrl) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${databaseOf(templateUrl)}`);
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

import { type Database, migrateDatabase } from '#server/db/client.ts';
import { appliedMigration, type Migration } from '#server/db/migration-level.ts';
import { inTransaction } from '#server/db/sql-session.ts';
import { loadDemo } from '#server/demo/demo.ts';
import { makeAdminAtCommandLine } from '#server/features/auth/auth.service.ts';

/**
 * What the CLI does to an installation, the same whether the CLI opened the database itself or
 * the serving process does it on the CLI's behalf (control-server.ts). Each returns what to print.
 */
/** `operator` is the system account that ran the command: the audit log's name for them. */
export async function addAdmin(database: Database, email: string, operator: string): Promise<string> {
  await makeAdminAtCommandLine(database.db, email, operator);
  return `${email} is an installation admin.`;
}

export async function addDemoNetwork(database: Database): Promise<string> {
  const loaded = await loadDemo(database.db, { onlyIfEmpty: false });
  return loaded ? 'Loaded the demo network digin-edistajat.' : 'The demo network is already there.';
}

/** Applies what is missing and says the level reached. */
export async function migrate(database: Database): Promise<Migration | null> {
  await migrateDatabase(database);
  return migrationOf(database);
}

export const migrationOf = (database: Database) => inTransaction(database, 'BEGIN', appliedMigration);

import { fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '#server/db/client.ts';

export type Jobs = PgBoss;

/**
 * pg-boss on the app's own database (its tables in the `pgboss` schema), so a job is as durable
 * as the data it works on and every instance's workers share the queue (SKIP LOCKED).
 */
export async function startJobs(database: Database, onError: (error: Error) => void): Promise<Jobs> {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite' })
      : new PgBoss({ connectionString: database.url, max: 4 });
  boss.on('error', onError);
  await boss.start();
  return boss;
}

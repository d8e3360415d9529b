import type { Database } from './client.ts';

/** Plain SQL on one connection, the same on PGlite and node-postgres. */
export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * Runs `work` in one transaction on one connection, started with `begin` (e.g. `BEGIN ISOLATION
 * LEVEL REPEATABLE READ READ ONLY`). On PGlite the transaction has the database to itself: every
 * other query waits until it ends.
 */
export async function inTransaction<T>(
  database: Database,
  begin: string,
  work: (sql: Sql) => Promise<T>,
): Promise<T> {
  if (database.kind === 'pglite') {
    return database.pglite.transaction(async (tx) => {
      // PGlite has begun already; the characteristics of the transaction are set as its first statement.
      const characteristics = begin.replace(/^BEGIN\b/i, '').trim();
      if (characteristics) await tx.query(`SET TRANSACTION ${characteristics}`);
      return work(async (text, params) => (await tx.query(text, params)).rows as never[]);
    });
  }
  const client = await database.pool.connect();
  try {
    await client.query(begin);
    const result = await work(async (text, params) => (await client.query(text, params)).rows);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A double-quoted SQL identifier. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

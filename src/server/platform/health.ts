import type { StatsFs } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '#server/db/client.ts';

export type Health = { status: 'ok' } | { status: 'unavailable'; failed: Array<'database' | 'disk'> };

export type HealthOptions = {
  database: Database;
  dataDir: string;
  minFreeMb: number;
  timeoutMs: number;
  log: FastifyBaseLogger;
};

/**
 * What /healthz checks: the database answers `SELECT 1` within the timeout, and DATA_DIR (PGlite's
 * files, the outbox) has the configured free space. One database probe runs at a time, so a
 * database that hangs does not pile up the load balancer's probes.
 */
export function createHealthCheck(options: HealthOptions): () => Promise<Health> {
  let probe: Promise<boolean> | null = null;
  const database = () => {
    probe ??= answers(options).finally(() => {
      probe = null;
    });
    return probe;
  };
  return async () => {
    const [db, disk] = await Promise.all([database(), hasSpace(options)]);
    const failed = [...(db ? [] : ['database' as const]), ...(disk ? [] : ['disk' as const])];
    return failed.length === 0 ? { status: 'ok' } : { status: 'unavailable', failed };
  };
}

async function answers({ database, timeoutMs, log }: HealthOptions): Promise<boolean> {
  const query =
    database.kind === 'pglite' ? database.pglite.query('SELECT 1') : database.pool.query('SELECT 1');
  const timeout = new AbortController();
  try {
    const outcome = await Promise.race([
      query.then(() => 'ok' as const),
      sleep(timeoutMs, 'timeout' as const, { signal: timeout.signal }),
    ]);
    if (outcome === 'timeout') log.warn({ timeoutMs }, 'health check: the database did not answer in time');
    return outcome === 'ok';
  } catch (error) {
    log.warn({ err: error }, 'health check: the database failed');
    return false;
  } finally {
    timeout.abort();
    query.catch(() => {}); // a late failure of a timed-out probe is no news
  }
}

/** The folder's file system, or its nearest existing parent's (DATA_DIR is made on first write). */
async function statNearest(dir: string): Promise<StatsFs> {
  try {
    return await statfs(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
    return statNearest(dirname(dir));
  }
}

async function hasSpace({ dataDir, minFreeMb, log }: HealthOptions): Promise<boolean> {
  try {
    const fs = await statNearest(dataDir);
    const freeMb = (fs.bavail * fs.bsize) / 1024 / 1024;
    if (freeMb >= minFreeMb) return true;
    log.warn({ freeMb: Math.floor(freeMb), minFreeMb }, 'health check: DATA_DIR is short of space');
  } catch (error) {
    log.warn({ err: error }, 'health check: DATA_DIR cannot be read');
  }
  return false;
}

import type { Db } from '#server/db/client.ts';
import type { Jobs } from '#server/platform/jobs.ts';
import { PERSONAL_DATA_PARTS } from './people.service.ts';

export const RETENTION_QUEUE = 'personal-data-retention';
/** Hourly, at an odd minute, so it does not meet every other installation's on-the-hour jobs. */
const RETENTION_CRON = '17 * * * *';

/** Deletes, in every feature, what has outlived its retention period (README, "Logs and retention"). */
export async function purgeExpiredPersonalData(db: Db, now = new Date()): Promise<void> {
  for (const part of PERSONAL_DATA_PARTS) await part.purgeExpired?.(db, now);
}

/** Runs the purge every hour on whichever instance takes the job; scheduling again is harmless. */
export async function startRetention(jobs: Jobs, db: Db): Promise<void> {
  await jobs.createQueue(RETENTION_QUEUE);
  await jobs.work(RETENTION_QUEUE, async () => purgeExpiredPersonalData(db));
  await jobs.schedule(RETENTION_QUEUE, RETENTION_CRON);
}

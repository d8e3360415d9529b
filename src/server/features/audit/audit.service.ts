import type { FastifyBaseLogger } from 'fastify';
import type { Tx } from '#server/db/client.ts';
import { listNetworks } from '#server/features/networks/networks.service.ts';
import type { Jobs } from '#server/platform/jobs.ts';
import {
  type ActedAs,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditDetails,
  AuditDetailsSchema,
  type AuditEntry,
  type AuditPage,
} from '#shared/audit.ts';
import { retentionCutoff } from './audit.policy.ts';
import { type NetworkSlugs, presentEntry, presentPage } from './audit.presenter.ts';
import * as q from './audit.queries.ts';

export type { AuditScope, AuditSearch } from './audit.queries.ts';

export type AuditRecord = {
  /** Null for the operator at the command line. */
  actor: { userId: string; email: string } | null;
  actedAs: ActedAs;
  /** Null for an installation action. */
  networkId: string | null;
  action: AuditAction;
  targetId?: string | null;
  details?: AuditDetails;
};

/**
 * Records one action. Give it the transaction of the action where there is one, so that both
 * are kept or neither is.
 */
export async function recordAuditEntry(db: Tx, record: AuditRecord): Promise<void> {
  await q.insertEntry(db, {
    actorUserId: record.actor?.userId ?? null,
    actorEmail: record.actor?.email ?? null,
    actedAs: record.actedAs,
    networkId: record.networkId,
    action: record.action,
    targetType: record.targetId ? AUDIT_ACTIONS[record.action] : null,
    targetId: record.targetId ?? null,
    // Details come from code, never from what people typed; the schema keeps them small.
    details: AuditDetailsSchema.parse(record.details ?? {}),
  });
}

async function networkSlugs(db: Tx): Promise<NetworkSlugs> {
  return new Map((await listNetworks(db)).map((n) => [n.id, n.slug]));
}

/** One page of entries, newest first. */
export async function listAuditEntries(db: Tx, search: q.AuditSearch): Promise<AuditPage> {
  const [rows, slugs] = await Promise.all([
    q.findEntries(db, { ...search, limit: search.limit + 1 }),
    networkSlugs(db),
  ]);
  return presentPage(rows, search.limit, slugs);
}

/** Every matching entry, newest first, a batch at a time (for exports). */
export async function* allAuditEntries(
  db: Tx,
  search: Omit<q.AuditSearch, 'limit' | 'before'>,
): AsyncGenerator<AuditEntry[]> {
  const slugs = await networkSlugs(db);
  let before: q.AuditSearch['before'];
  for (;;) {
    const rows = await q.findEntries(db, { ...search, before, limit: 500 });
    if (rows.length === 0) return;
    yield rows.map((row) => presentEntry(row, slugs));
    const last = rows.at(-1);
    if (!last || rows.length < 500) return;
    before = { at: last.at, id: last.id };
  }
}

/**
 * The entries where the person acted, for their own data export. Deleting the account keeps
 * them until the retention period ends (docs/decisions/0014).
 */
export async function auditEntriesOf(db: Tx, userId: string): Promise<AuditEntry[]> {
  const [rows, slugs] = await Promise.all([q.findEntriesOfActor(db, userId), networkSlugs(db)]);
  return rows.map((row) => presentEntry(row, slugs));
}

/** Deletes the entries older than the retention period; returns how many. */
export async function deleteExpiredAuditEntries(db: Tx, retentionDays: number, now = new Date()) {
  return q.deleteEntriesBefore(db, retentionCutoff(retentionDays, now));
}

export const AUDIT_RETENTION_QUEUE = 'audit-retention';

/** Deletes expired entries every night, on whichever instance pg-boss hands the job to. */
export async function startAuditRetention(options: {
  db: Tx;
  jobs: Jobs;
  retentionDays: number;
  log: FastifyBaseLogger;
}): Promise<void> {
  const { db, jobs, retentionDays, log } = options;
  await jobs.createQueue(AUDIT_RETENTION_QUEUE);
  await jobs.work(AUDIT_RETENTION_QUEUE, async () => {
    const deleted = await deleteExpiredAuditEntries(db, retentionDays);
    if (deleted > 0) log.info({ deleted, retentionDays }, 'deleted expired audit log entries');
  });
  await jobs.schedule(AUDIT_RETENTION_QUEUE, '17 3 * * *', null, { tz: 'Europe/Helsinki' });
}

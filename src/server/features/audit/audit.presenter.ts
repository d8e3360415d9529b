import { csvLines, toCsv } from '#server/platform/csv.ts';
import { type AuditAction, type AuditEntry, cursorOf } from '#shared/audit.ts';
import type { AuditRow } from './audit.tables.ts';

/** Network id → slug, for naming the networks of entries. */
export type NetworkSlugs = ReadonlyMap<string, string>;

export function presentEntry(row: AuditRow, slugs: NetworkSlugs): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { userId: row.actorUserId, email: row.actorEmail, as: row.actedAs },
    network: row.networkId ? { id: row.networkId, slug: slugs.get(row.networkId) ?? '' } : null,
    action: row.action as AuditAction,
    target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
    details: row.details,
  };
}

/** A page of `limit` entries from `limit + 1` rows: the extra one tells that there is more. */
export function presentPage(rows: AuditRow[], limit: number, slugs: NetworkSlugs) {
  const entries = rows.slice(0, limit).map((row) => presentEntry(row, slugs));
  const last = entries.at(-1);
  return { entries, next: rows.length > limit && last ? cursorOf(last) : null };
}

const CSV_HEADER = [
  'time',
  'actor_email',
  'actor_id',
  'acted_as',
  'network',
  'action',
  'target_type',
  'target_id',
  'details',
];

const csvRow = (e: AuditEntry) => [
  e.at,
  e.actor.email,
  e.actor.userId,
  e.actor.as,
  e.network?.slug ?? '',
  e.action,
  e.target?.type ?? '',
  e.target?.id ?? '',
  JSON.stringify(e.details),
];

/** The CSV export in parts, one per batch of entries, so a long log is never held whole. */
export async function* auditCsv(batches: AsyncIterable<AuditEntry[]>): AsyncGenerator<string> {
  yield toCsv(CSV_HEADER, []);
  for await (const entries of batches) yield csvLines(entries.map(csvRow));
}

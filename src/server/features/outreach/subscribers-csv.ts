import { toCsv } from '#server/platform/csv.ts';
import type { subscribers } from './outreach.tables.ts';

const COLUMNS = [
  'email',
  'name',
  'organisation',
  'organisation_type',
  'language',
  'status',
  'source',
  'source_by',
  'source_file',
  'consent_version',
  'consent_at',
  'added',
];

/** A list's addresses with their status and consent record. */
export function subscribersCsv(rows: (typeof subscribers.$inferSelect)[]): string {
  return toCsv(
    COLUMNS,
    rows.map((r) => [
      r.email,
      r.name,
      r.organisation,
      r.organisationType,
      r.language,
      r.status,
      r.source,
      r.sourceBy,
      r.sourceFile,
      r.consentVersion,
      r.consentAt?.toISOString() ?? null,
      r.createdAt.toISOString(),
    ]),
  );
}

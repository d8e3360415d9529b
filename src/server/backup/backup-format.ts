import type { Migration } from '#server/db/migration-level.ts';

/**
 * A backup is gzip'd JSON lines (ADR 0009): first the header, then for each table (parents first)
 * a table line followed by its rows, each row PostgreSQL's own `to_jsonb` of it without generated
 * columns, then the sequences, and last an end line whose counts prove the file is whole.
 */
export const BACKUP_FORMAT = 'verkosto-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  version: number;
  createdAt: string;
  /** The migration the database was at: a restore loads the rows at exactly that level. */
  migration: Migration;
  /** Which database it came from: `pglite` or `postgres`. */
  source: string;
  /** The installation secret from DATA_DIR (signs sessions and unsubscribe links)… */
  sessionSecret: string | null;
  /** …or `environment` when SESSION_SECRET came from there, and then it is not in the file. */
  sessionSecretFrom: 'data-dir' | 'environment';
};

export type BackupLine =
  | [typeof BACKUP_FORMAT, BackupHeader]
  | ['table', string, { columns: string[] }]
  | ['sequence', string, { lastValue: string; isCalled: boolean }]
  | ['end', { tables: Record<string, number> }];

/** Where an installation's secret came from, for the header. */
export type SecretSource = { secret: string; from: 'data-dir' | 'environment' };

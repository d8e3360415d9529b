import type { Db, Tx } from '#server/db/client.ts';

/**
 * Whose data: the account, and the address it signs in with (mailing lists know only addresses).
 * Addresses are stored lower-cased everywhere, so features compare them as they are.
 */
export type Person = { userId: string; email: string };

/**
 * One feature's share of what Verkosto stores about a person (docs/personal-data.md). Every table
 * that can hold data about a person belongs to exactly one part; a test holds this against the
 * database catalog, so a new table cannot be forgotten.
 */
export type PersonalDataPart = {
  feature: string;
  tables: readonly string[];
  /** Readable sections of the person's export, keyed by section name; never a token, hash or secret. */
  exportOf(db: Tx, person: Person): Promise<Record<string, unknown>>;
  /** Erases or anonymises the person's rows, inside the one transaction that deletes the account. */
  erase(tx: Tx, person: Person): Promise<void>;
  /** Deletes what has outlived its retention period (README, "Logs and retention"). */
  purgeExpired?(db: Db, now: Date): Promise<void>;
};

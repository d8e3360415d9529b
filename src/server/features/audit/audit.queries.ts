import { and, desc, eq, gte, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import type { AuditAction } from '#shared/audit.ts';
import { type AuditRow, auditEntries, type NewAuditRow } from './audit.tables.ts';

/**
 * Whose entries: one network's (what its organisers see), the installation's own actions, or
 * every entry (admins only). Spelled out, so no caller gets every network's by leaving it out.
 */
export type AuditScope = { networkId: string } | { networkId: null } | 'all';

export type AuditSearch = {
  scope: AuditScope;
  action?: AuditAction;
  from?: Date;
  to?: Date;
  /** The last entry of the previous page. */
  before?: { at: Date; id: string };
  limit: number;
};

export async function insertEntry(db: Tx, entry: NewAuditRow): Promise<void> {
  await db.insert(auditEntries).values(entry);
}

function scopeCondition(scope: AuditScope): SQL | undefined {
  if (scope === 'all') return undefined;
  return scope.networkId === null
    ? isNull(auditEntries.networkId)
    : eq(auditEntries.networkId, scope.networkId);
}

/** Entries newest first, `limit` of them after the cursor. */
export async function findEntries(db: Tx, search: AuditSearch): Promise<AuditRow[]> {
  const { before } = search;
  return db
    .select()
    .from(auditEntries)
    .where(
      and(
        scopeCondition(search.scope),
        search.action ? eq(auditEntries.action, search.action) : undefined,
        search.from ? gte(auditEntries.at, search.from) : undefined,
        search.to ? lt(auditEntries.at, search.to) : undefined,
        before
          ? or(
              lt(auditEntries.at, before.at),
              and(eq(auditEntries.at, before.at), lt(auditEntries.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(search.limit);
}

/** Every entry the person made, in any network, newest first. */
export async function findEntriesOfActor(db: Tx, userId: string): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.actorUserId, userId))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id));
}

/** Deletes entries made before `cutoff`, in every network (retention is the installation's); returns how many. */
export async function deleteEntriesBefore(db: Tx, cutoff: Date): Promise<number> {
  const deleted = await db
    .delete(auditEntries)
    .where(lt(auditEntries.at, cutoff))
    .returning({ id: auditEntries.id });
  return deleted.length;
}

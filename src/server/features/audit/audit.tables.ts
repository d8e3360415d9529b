import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActedAs, AuditDetails } from '#shared/audit.ts';

/**
 * One organiser or admin action. No foreign keys on purpose: an entry outlives the account and
 * whatever it acted on, until the retention period ends (docs/decisions/0014).
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Milliseconds, as JavaScript has them, so (at, id) can be handed out as an exact paging cursor.
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Null for the operator at the command line. */
    actorUserId: text('actor_user_id'),
    /** The address the actor had when acting: the account may change or be gone later. */
    actorEmail: text('actor_email'),
    actedAs: text('acted_as').$type<ActedAs>().notNull(),
    /** Null for installation actions. */
    networkId: uuid('network_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<AuditDetails>().notNull().default({}),
  },
  (t) => [
    index('audit_entries_network_idx').on(t.networkId, t.at, t.id),
    index('audit_entries_actor_idx').on(t.actorUserId),
    index('audit_entries_at_idx').on(t.at, t.id),
  ],
);

export type AuditRow = typeof auditEntries.$inferSelect;
export type NewAuditRow = typeof auditEntries.$inferInsert;

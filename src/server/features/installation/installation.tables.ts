import { sql } from 'drizzle-orm';
import { boolean, check, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { AccessibilityStatementInput, SupervisoryAuthority } from '#shared/installation.ts';

/**
 * The installation's public texts, in one row (the check keeps it one). Each text column is null
 * until an admin saves it, and the presenter shows the default in its place.
 */
export const installationSettings = pgTable(
  'installation_settings',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    /** A public address the admins chose to publish, not an account's: no person's data. */
    contactAddress: text('contact_address'),
    accessibilityStatement: jsonb('accessibility_statement').$type<AccessibilityStatementInput>(),
    supervisoryAuthority: jsonb('supervisory_authority').$type<SupervisoryAuthority>(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('installation_settings_one_row', sql`${t.singleton}`)],
);

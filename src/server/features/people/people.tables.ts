import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LANGUAGES } from '#shared/common.ts';
import type { ORGANISATION_TYPES, TARGET_ROLES } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';

/** Organisations are shared by all networks of an installation: a municipality takes part in many. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    type: text('type').$type<(typeof ORGANISATION_TYPES)[number]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_name_idx').on(sql`lower(${t.name})`)],
);

export const profiles = pgTable('profiles', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  targetRole: text('target_role').$type<(typeof TARGET_ROLES)[number]>(),
  preferredLanguage: text('preferred_language').$type<(typeof LANGUAGES)[number]>().notNull().default('fi'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

import { customType, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Language, LocalizedText } from '#shared/common.ts';
import type { NETWORK_STATUSES } from '#shared/networks.ts';
import type { NetworkRole } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull().default({}),
  goals: jsonb('goals').$type<LocalizedText[]>().notNull().default([]),
  hashtag: text('hashtag'),
  timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
  status: text('status').$type<(typeof NETWORK_STATUSES)[number]>().notNull().default('active'),
  privacyNotice: jsonb('privacy_notice').$type<LocalizedText>().notNull().default({}),
  /** A public address the organisers chose to publish, not an account's: no person's data. */
  contactAddress: text('contact_address'),
  /** The organisation hosting the network, shown in its header and footer. */
  hostName: jsonb('host_name').$type<LocalizedText>().notNull().default({}),
  /** The language content is first written in, which a page in another language falls back to. */
  mainLanguage: text('main_language').$type<Language>().notNull().default('fi'),
  /** A hash of the host's logo (in network_logos), which its address carries; null without one. */
  logoVersion: text('logo_version'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkRoles = pgTable(
  'network_roles',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<NetworkRole>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] }), index('network_roles_user_idx').on(t.userId)],
);

/** Invitations to take a role in a network; only a hash of the e-mailed token is stored. */
export const networkInvitations = pgTable(
  'network_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').$type<NetworkRole>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_invitations_network_idx').on(t.networkId)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** The host's logo, apart from the network's row so the network cache does not carry the image. */
export const networkLogos = pgTable('network_logos', {
  networkId: uuid('network_id')
    .primaryKey()
    .references(() => networks.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  data: bytea('data').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

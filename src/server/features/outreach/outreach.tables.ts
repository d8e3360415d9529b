import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Language, LocalizedText } from '#shared/common.ts';
import type {
  CAMPAIGN_TEMPLATES,
  CampaignTranslations,
  DELIVERY_STATUSES,
  SUBSCRIBER_SOURCES,
  SUBSCRIBER_STATUSES,
} from '#shared/outreach.ts';
import type { OrganisationType } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';
import { events } from '../events/events.tables.ts';
import { networks } from '../networks/networks.tables.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

/** A network's mailing list, e.g. "Municipalities"; campaigns to it are written in its language. */
export const mailingLists = pgTable(
  'mailing_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    /** The organisers' own note about the list; never shown to the public. */
    description: text('description').notNull().default(''),
    /** What the interest form says under the list's name. */
    publicDescription: jsonb('public_description').$type<LocalizedText>().notNull().default({}),
    language: text('language').$type<Language>().notNull().default('fi'),
    /** Offered on the public interest form. */
    onInterestForm: boolean('on_interest_form').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('mailing_lists_network_idx').on(t.networkId),
    // The target of its children's (network_id, list_id) keys, which keep them in its network.
    unique('mailing_lists_network_id_key').on(t.networkId, t.id),
  ],
);

/**
 * One address on one list. Only `confirmed` ones receive mail: confirmed by the person (double
 * opt-in), or imported by an organiser, which `source`, `source_by` and `source_file` record.
 */
export const subscribers = pgTable(
  'subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The list's network: the key to the list includes it, so an address cannot leave its network. */
    networkId: uuid('network_id').notNull(),
    listId: uuid('list_id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    organisation: text('organisation'),
    organisationType: text('organisation_type').$type<OrganisationType>(),
    role: text('role'),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    language: text('language').$type<Language>().notNull().default('fi'),
    status: text('status').$type<(typeof SUBSCRIBER_STATUSES)[number]>().notNull(),
    source: text('source').$type<(typeof SUBSCRIBER_SOURCES)[number]>().notNull(),
    sourceBy: text('source_by'),
    sourceFile: text('source_file'),
    consentVersion: text('consent_version'),
    consentText: text('consent_text'),
    consentAt: at('consent_at'),
    /** SHA-256 of the double opt-in link's token; the same for every list of one form submission. */
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: at('confirm_expires_at'),
    confirmedAt: at('confirmed_at'),
    unsubscribedAt: at('unsubscribed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'subscribers_list_fk',
      columns: [t.networkId, t.listId],
      foreignColumns: [mailingLists.networkId, mailingLists.id],
    }).onDelete('cascade'),
    unique('subscribers_network_id_key').on(t.networkId, t.id),
    uniqueIndex('subscribers_list_email_idx').on(t.listId, t.email),
    index('subscribers_confirm_idx').on(t.confirmTokenHash),
    // A person's export and deletion find their address on every list.
    index('subscribers_email_idx').on(t.email),
  ],
);

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    template: text('template').$type<(typeof CAMPAIGN_TEMPLATES)[number]>().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    translations: jsonb('translations').$type<CampaignTranslations>().notNull().default({}),
    /** The meeting it invites to, of its own network. */
    eventId: uuid('event_id'),
    status: text('status').$type<'draft' | 'scheduled' | 'sending' | 'sent'>().notNull().default('draft'),
    scheduledAt: at('scheduled_at'),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The pg-boss job that will send a scheduled campaign; any other job of it is stale. */
    sendJobId: uuid('send_job_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('campaigns_network_idx').on(t.networkId),
    unique('campaigns_network_id_key').on(t.networkId, t.id),
    // The migration narrows it to `SET NULL (event_id)`: the campaign keeps its network.
    foreignKey({
      name: 'campaigns_event_fk',
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete('set null'),
  ],
);

/**
 * The lists a campaign goes to, in the order the organiser chose them: the first one's language
 * is the test mail's. Both keys include the network, so a campaign cannot reach another's list.
 * Removing a list removes it from its campaigns, which then no longer send to it.
 */
export const campaignLists = pgTable(
  'campaign_lists',
  {
    networkId: uuid('network_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    listId: uuid('list_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.listId] }),
    foreignKey({
      name: 'campaign_lists_campaign_fk',
      columns: [t.networkId, t.campaignId],
      foreignColumns: [campaigns.networkId, campaigns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'campaign_lists_list_fk',
      columns: [t.networkId, t.listId],
      foreignColumns: [mailingLists.networkId, mailingLists.id],
    }).onDelete('cascade'),
    // A list's removal finds its campaigns' rows through this key.
    index('campaign_lists_list_idx').on(t.listId),
  ],
);

/**
 * One message of a campaign to one address: the record that makes delivery exactly-once. A row
 * is claimed (`sending`) before its message is handed to SMTP and marked `sent` right after.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The campaign's network, which its recipient's must be: both keys include it. */
    networkId: uuid('network_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    subscriberId: uuid('subscriber_id').notNull(),
    email: text('email').notNull(),
    status: text('status').$type<(typeof DELIVERY_STATUSES)[number]>().notNull().default('pending'),
    /** Stable across resends, so a message sent again after a crash is recognisably the same. */
    messageId: text('message_id').notNull(),
    attempts: integer('attempts').notNull().default(0),
    notBefore: at('not_before'),
    claimedAt: at('claimed_at'),
    sentAt: at('sent_at'),
    lastError: text('last_error'),
  },
  (t) => [
    foreignKey({
      name: 'deliveries_campaign_fk',
      columns: [t.networkId, t.campaignId],
      foreignColumns: [campaigns.networkId, campaigns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'deliveries_subscriber_fk',
      columns: [t.networkId, t.subscriberId],
      foreignColumns: [subscribers.networkId, subscribers.id],
    }).onDelete('cascade'),
    uniqueIndex('deliveries_campaign_email_idx').on(t.campaignId, t.email),
    index('deliveries_campaign_status_idx').on(t.campaignId, t.status),
    // Erasing a subscriber deletes its deliveries through this key.
    index('deliveries_subscriber_idx').on(t.subscriberId),
  ],
);

import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
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
import type { POLL_KINDS, SequencedFrame } from '#shared/live.ts';
import type { OrganisationType } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';
import { ofEvent } from '../events/events.tables.ts';

/**
 * Every live row carries its event's network: the composite foreign keys below refuse a row whose
 * event, participant, message or poll belongs to another network.
 */
const networkId = () => uuid('network_id').notNull();
const eventId = () => uuid('event_id').notNull();
const participantId = () => uuid('participant_id').notNull();
/** A row's participant, in the row's own network. */
const ofParticipant = (name: string, t: { networkId: AnyPgColumn; participantId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.networkId, t.participantId],
    foreignColumns: [liveParticipants.networkId, liveParticipants.id],
  }).onDelete('cascade');
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * One live room per event. `last_seq` numbers the room's stream: a write takes the next number
 * under this row's lock, so numbers follow commit order on every instance.
 */
export const liveRooms = pgTable(
  'live_rooms',
  {
    networkId: networkId(),
    eventId: uuid('event_id').primaryKey(),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
    feedbackAsked: boolean('feedback_asked').notNull().default(false),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    summary: text('summary'),
    createdAt: createdAt(),
  },
  (t) => [ofEvent('live_rooms_event_fk', t)],
);

/** Someone in the room: a display name (and an account when signed in). */
export const liveParticipants = pgTable(
  'live_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    eventId: eventId(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    displayName: text('display_name').notNull(),
    organisation: text('organisation'),
    organisationType: text('organisation_type').$type<OrganisationType>(),
    /** SHA-256 of the participant's secret; the secret itself is only in their browser. */
    tokenHash: text('token_hash').notNull().unique(),
    host: boolean('host').notNull().default(false),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** Set when the person's account was deleted: name, organisation and texts are gone. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    index('live_participants_event_idx').on(t.eventId),
    uniqueIndex('live_participants_user_idx').on(t.eventId, t.userId).where(sql`${t.userId} is not null`),
    unique('live_participants_network_id_key').on(t.networkId, t.id),
    ofEvent('live_participants_event_fk', t),
  ],
);

/** Chat messages and questions. */
export const liveMessages = pgTable(
  'live_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    eventId: eventId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    kind: text('kind').$type<'chat' | 'question'>().notNull(),
    participantId: participantId(),
    /** The sender's id for this message, so a resend after a reconnect is stored once. */
    clientId: uuid('client_id').notNull(),
    body: text('body').notNull(),
    votes: integer('votes').notNull().default(0),
    reports: integer('reports').notNull().default(0),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('live_messages_event_idx').on(t.eventId, t.seq),
    index('live_messages_participant_idx').on(t.participantId, t.createdAt),
    uniqueIndex('live_messages_client_idx').on(t.participantId, t.clientId),
    unique('live_messages_network_id_key').on(t.networkId, t.id),
    ofEvent('live_messages_event_fk', t),
    ofParticipant('live_messages_participant_fk', t),
  ],
);

const messageId = () => uuid('message_id').notNull();
/** A vote's or report's message, in the row's own network. */
const ofMessage = (name: string, t: { networkId: AnyPgColumn; messageId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.networkId, t.messageId],
    foreignColumns: [liveMessages.networkId, liveMessages.id],
  }).onDelete('cascade');

export const liveQuestionVotes = pgTable(
  'live_question_votes',
  {
    networkId: networkId(),
    messageId: messageId(),
    participantId: participantId(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.participantId] }),
    ofMessage('live_question_votes_message_fk', t),
    ofParticipant('live_question_votes_participant_fk', t),
  ],
);

export const liveReports = pgTable(
  'live_reports',
  {
    networkId: networkId(),
    messageId: messageId(),
    participantId: participantId(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.participantId] }),
    ofMessage('live_reports_message_fk', t),
    ofParticipant('live_reports_participant_fk', t),
  ],
);

export const livePolls = pgTable(
  'live_polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    eventId: eventId(),
    clientId: uuid('client_id').notNull(),
    question: text('question').notNull(),
    kind: text('kind').$type<(typeof POLL_KINDS)[number]>().notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    createdAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('live_polls_event_idx').on(t.eventId),
    uniqueIndex('live_polls_client_idx').on(t.eventId, t.clientId),
    unique('live_polls_network_id_key').on(t.networkId, t.id),
    ofEvent('live_polls_event_fk', t),
  ],
);

export const livePollVotes = pgTable(
  'live_poll_votes',
  {
    networkId: networkId(),
    pollId: uuid('poll_id').notNull(),
    participantId: participantId(),
    choices: jsonb('choices').$type<number[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.pollId, t.participantId] }),
    foreignKey({
      name: 'live_poll_votes_poll_fk',
      columns: [t.networkId, t.pollId],
      foreignColumns: [livePolls.networkId, livePolls.id],
    }).onDelete('cascade'),
    ofParticipant('live_poll_votes_participant_fk', t),
  ],
);

/** The room's stream in order: what a reconnecting client replays after its last seen `seq`. */
export const liveLog = pgTable(
  'live_log',
  {
    networkId: networkId(),
    eventId: eventId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    frame: jsonb('frame').$type<SequencedFrame>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.seq] }), ofEvent('live_log_event_fk', t)],
);

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { POLL_KINDS, SequencedFrame } from '#shared/live.ts';
import type { OrganisationType } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';
import { events } from '../events/events.tables.ts';

const eventId = () =>
  uuid('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * One live room per event. `last_seq` numbers the room's stream: a write takes the next number
 * under this row's lock, so numbers follow commit order on every instance.
 */
export const liveRooms = pgTable('live_rooms', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
  slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  summary: text('summary'),
  createdAt: createdAt(),
});

/** Someone in the room: a display name (and an account when signed in). */
export const liveParticipants = pgTable(
  'live_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
  ],
);

const participantId = () =>
  uuid('participant_id')
    .notNull()
    .references(() => liveParticipants.id, { onDelete: 'cascade' });

/** Chat messages and questions. */
export const liveMessages = pgTable(
  'live_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
  ],
);

const messageId = () =>
  uuid('message_id')
    .notNull()
    .references(() => liveMessages.id, { onDelete: 'cascade' });

export const liveQuestionVotes = pgTable(
  'live_question_votes',
  {
    messageId: messageId(),
    participantId: participantId(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.participantId] })],
);

export const liveReports = pgTable(
  'live_reports',
  {
    messageId: messageId(),
    participantId: participantId(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.participantId] })],
);

export const livePolls = pgTable(
  'live_polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
  ],
);

export const livePollVotes = pgTable(
  'live_poll_votes',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => livePolls.id, { onDelete: 'cascade' }),
    participantId: participantId(),
    choices: jsonb('choices').$type<number[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.participantId] })],
);

/** The room's stream in order: what a reconnecting client replays after its last seen `seq`. */
export const liveLog = pgTable(
  'live_log',
  {
    eventId: eventId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    frame: jsonb('frame').$type<SequencedFrame>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.seq] })],
);

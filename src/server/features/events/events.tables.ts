import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  customType,
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
import type { LocalizedText } from '#shared/common.ts';
import type { EVENT_STATUSES, Speaker, THEME_STATUSES } from '#shared/events.ts';
import { users } from '../auth/auth.tables.ts';
import { networks } from '../networks/networks.tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A text organisers may write in fi, sv and en (`{}` when none). */
const localizedText = (name: string) => jsonb(name).$type<LocalizedText>().notNull();

/** One language's part of a search vector, stemmed by that language's rules. */
const searchPart = (config: string, language: string, columns: string[]) =>
  `to_tsvector('${config}', ${columns.map((c) => `coalesce(${c}->>'${language}', '')`).join(` || ' ' || `)})`;
const SEARCHED = ['title', 'introduction', 'notes'];

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

const networkId = () =>
  uuid('network_id')
    .notNull()
    .references(() => networks.id, { onDelete: 'cascade' });

/** The programme: themes planned in advance, in the organisers' order. */
export const themes = pgTable(
  'themes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    title: localizedText('title'),
    description: localizedText('description').default({}),
    intendedMonth: text('intended_month'),
    status: text('status').$type<(typeof THEME_STATUSES)[number]>().notNull().default('planned'),
    position: integer('position').notNull(),
    ...timestamps,
  },
  (t) => [
    index('themes_network_idx').on(t.networkId, t.position),
    unique('themes_network_id_key').on(t.networkId, t.id),
  ],
);

/** A recurrence rule that made events; each event keeps its own copy of every field. */
export const series = pgTable(
  'series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    title: localizedText('title'),
    rrule: text('rrule').notNull(),
    startDate: text('start_date').notNull(),
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    until: text('until'),
    exceptMonths: jsonb('except_months').$type<number[]>().notNull().default([]),
    exceptDates: jsonb('except_dates').$type<string[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [unique('series_network_id_key').on(t.networkId, t.id)],
);

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    seriesId: uuid('series_id'),
    themeId: uuid('theme_id'),
    slug: text('slug').notNull(),
    title: localizedText('title'),
    introduction: localizedText('introduction').default({}),
    speakers: jsonb('speakers').$type<Speaker[]>().notNull().default([]),
    meetingUrl: text('meeting_url'),
    joinOpensMinutesBefore: integer('join_opens_minutes_before').notNull().default(30),
    recordingUrl: text('recording_url'),
    notes: localizedText('notes').default({}),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    localDate: text('local_date').notNull(),
    status: text('status').$type<(typeof EVENT_STATUSES)[number]>().notNull().default('published'),
    /** iCalendar SEQUENCE: goes up with every change calendar clients must notice. */
    sequence: integer('sequence').notNull().default(0),
    joinCount: integer('join_count').notNull().default(0),
    search: tsvector('search').generatedAlwaysAs(
      // Each language's text stemmed by its own rules: "kunnat" finds "kunta", "kommunerna" "kommun".
      sql.raw(
        [
          searchPart('finnish', 'fi', SEARCHED),
          searchPart('swedish', 'sv', SEARCHED),
          searchPart('english', 'en', SEARCHED),
        ].join(' || '),
      ),
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('events_network_slug_idx').on(t.networkId, t.slug),
    index('events_network_starts_idx').on(t.networkId, t.startsAt),
    index('events_series_idx').on(t.seriesId),
    index('events_search_idx').using('gin', t.search),
    unique('events_network_id_key').on(t.networkId, t.id),
    // The migration narrows both to `SET NULL (series_id)` / `(theme_id)`: the event keeps its network.
    foreignKey({
      name: 'events_series_fk',
      columns: [t.networkId, t.seriesId],
      foreignColumns: [series.networkId, series.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'events_theme_fk',
      columns: [t.networkId, t.themeId],
      foreignColumns: [themes.networkId, themes.id],
    }).onDelete('set null'),
  ],
);

/** The foreign key that keeps a row with an event in that event's network: `(network_id, event_id)`. */
export const ofEvent = (name: string, t: { networkId: AnyPgColumn; eventId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.networkId, t.eventId],
    foreignColumns: [events.networkId, events.id],
  }).onDelete('cascade');

/** "I'll attend": a member's non-binding intention. */
export const attendanceIntents = pgTable(
  'attendance_intents',
  {
    networkId: networkId(),
    eventId: uuid('event_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), ofEvent('attendance_intents_event_fk', t)],
);

/** One row per click on a join link: when, nothing about who. */
export const eventJoins = pgTable(
  'event_joins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    eventId: uuid('event_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('event_joins_event_idx').on(t.eventId), ofEvent('event_joins_event_fk', t)],
);

/** A member's secret address for their personal calendar feed; only its hash is kept. */
export const calendarTokens = pgTable('calendar_tokens', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Slides, documents and links of an event. Files live in the database, so instances stay stateless. */
export const materials = pgTable(
  'materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    eventId: uuid('event_id').notNull(),
    kind: text('kind').$type<'link' | 'file'>().notNull(),
    title: localizedText('title'),
    url: text('url'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    size: integer('size'),
    data: bytea('data'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('materials_event_idx').on(t.eventId), ofEvent('materials_event_fk', t)],
);

import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
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
import type { OrganisationType } from '#shared/people.ts';
import type { SurveyChangeLink } from '#shared/survey-changes.ts';
import type { Answers, Question, SurveyKind } from '#shared/surveys.ts';
import { events } from '../events/events.tables.ts';
import { networks } from '../networks/networks.tables.ts';

const networkId = () => uuid('network_id').notNull();
const surveyId = () => uuid('survey_id').notNull();
/** A row's survey, in the row's own network. */
const ofSurvey = (name: string, t: { networkId: AnyPgColumn; surveyId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.networkId, t.surveyId],
    foreignColumns: [surveys.networkId, surveys.id],
  }).onDelete('cascade');

/**
 * A survey: the network's post-meeting survey (one per network, asked after every meeting) or a
 * periodic survey of the network. Its questions are in `survey_versions`; `version` is the one
 * new answers use.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId().references(() => networks.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SurveyKind>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    intro: jsonb('intro').$type<LocalizedText>().notNull().default({}),
    anonymous: boolean('anonymous').notNull().default(true),
    version: integer('version').notNull().default(1),
    /** Post-meeting: how many days after its meeting's end a survey takes answers. */
    closeAfterDays: integer('close_after_days'),
    /** Periodic: the dates (in the network's time zone) it takes answers. */
    opensOn: date('opens_on'),
    closesOn: date('closes_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('surveys_network_id_key').on(t.networkId, t.id),
    uniqueIndex('surveys_post_meeting_idx').on(t.networkId).where(sql`${t.kind} = 'post-meeting'`),
  ],
);

/** A survey's questions as answered: a change that would break comparability makes a new version. */
export const surveyVersions = pgTable(
  'survey_versions',
  {
    networkId: networkId(),
    surveyId: surveyId(),
    version: integer('version').notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.version] }), ofSurvey('survey_versions_survey_fk', t)],
);

/**
 * One person's answers. An anonymous survey's row holds nothing that leads to the person: no
 * account, address, IP, user agent or time of day; the meeting and the date suffice, and its id is
 * random. `respondent_email` is kept only when the survey is not anonymous, as its form says.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId(),
    surveyId: surveyId(),
    version: integer('version').notNull(),
    eventId: uuid('event_id'),
    answeredOn: date('answered_on').notNull(),
    /** The respondent's organisation type when the room knew it: a category, for the filters. */
    organisationType: text('organisation_type').$type<OrganisationType>(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    respondentEmail: text('respondent_email'),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId, t.eventId),
    foreignKey({
      name: 'survey_responses_version_fk',
      columns: [t.surveyId, t.version],
      foreignColumns: [surveyVersions.surveyId, surveyVersions.version],
    }).onDelete('cascade'),
    ofSurvey('survey_responses_survey_fk', t),
    // The migration narrows it to `SET NULL (event_id)`: answers outlive a deleted meeting.
    foreignKey({
      name: 'survey_responses_event_fk',
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete('set null'),
  ],
);

/**
 * That a token answered a survey (of a meeting): the only record of who answered, kept apart from
 * the answers, with nothing that joins the two. A room token's key is a hash of its participant;
 * an e-mail link's is the hash of its token.
 */
export const surveyTokenUses = pgTable(
  'survey_token_uses',
  {
    networkId: networkId(),
    surveyId: surveyId(),
    tokenKey: text('token_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.tokenKey] }), ofSurvey('survey_token_uses_survey_fk', t)],
);

/**
 * "You said, we changed": a change to how the network works, linked to the feedback behind it.
 * Organisers' own texts: no personal data. The links are jsonb, checked against the network's
 * surveys and meetings when written; a deleted survey leaves its link pointing at nothing.
 */
export const surveyChanges = pgTable(
  'survey_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: networkId().references(() => networks.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    decidedOn: date('decided_on').notNull(),
    links: jsonb('links').$type<SurveyChangeLink[]>().notNull().default([]),
    published: boolean('published').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('survey_changes_network_id_key').on(t.networkId, t.id),
    index('survey_changes_newest_idx').on(t.networkId, t.decidedOn),
  ],
);

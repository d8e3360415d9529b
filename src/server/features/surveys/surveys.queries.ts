import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import type { OrganisationType } from '#shared/people.ts';
import type { Answers, Question, ResultsFilter } from '#shared/surveys.ts';
import { users } from '../auth/auth.tables.ts';
import { events, themes } from '../events/events.tables.ts';
import { liveParticipants } from '../live/live.tables.ts';
import { subscribers } from '../outreach/outreach.tables.ts';
import { surveyResponses, surveys, surveyTokenUses, surveyVersions } from './surveys.tables.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type NewSurvey = typeof surveys.$inferInsert;
export type ResponseRow = typeof surveyResponses.$inferSelect;
type Scope = { networkId: string };

/** A survey with the questions of its current version. */
export type SurveyWithQuestions = SurveyRow & { questions: Question[] };

export async function listSurveys(db: Tx, { networkId }: Scope) {
  return db
    .select({ survey: surveys, responses: count(surveyResponses.id) })
    .from(surveys)
    .leftJoin(surveyResponses, eq(surveyResponses.surveyId, surveys.id))
    .where(eq(surveys.networkId, networkId))
    .groupBy(surveys.id)
    .orderBy(asc(surveys.kind), asc(surveys.createdAt));
}

/** The survey that `where` picks, with the questions of its current version. */
async function surveyWithQuestions(db: Tx, where: SQL | undefined, lock = false) {
  const query = db
    .select({ survey: surveys, questions: surveyVersions.questions })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.surveyId, surveys.id), eq(surveyVersions.version, surveys.version)),
    )
    .where(where);
  const [row] = await (lock ? query.for('update', { of: surveys }) : query);
  return row ? { ...row.survey, questions: row.questions } : null;
}

export async function findSurvey(
  db: Tx,
  params: Scope & { surveyId: string; lock?: boolean },
): Promise<SurveyWithQuestions | null> {
  const where = and(eq(surveys.networkId, params.networkId), eq(surveys.id, params.surveyId));
  return surveyWithQuestions(db, where, params.lock);
}

/** The network's post-meeting survey, in one query: every answer and token asks for it. */
export async function findPostMeetingSurvey(
  db: Tx,
  { networkId }: Scope,
): Promise<SurveyWithQuestions | null> {
  return surveyWithQuestions(db, and(eq(surveys.networkId, networkId), eq(surveys.kind, 'post-meeting')));
}

/** Inserts a survey with its first version; null when the network already has its post-meeting survey. */
export async function insertSurvey(db: Tx, values: NewSurvey, questions: Question[]): Promise<string | null> {
  const [row] = await db.insert(surveys).values(values).onConflictDoNothing().returning({ id: surveys.id });
  if (!row) return null;
  await db
    .insert(surveyVersions)
    .values({ networkId: values.networkId, surveyId: row.id, version: 1, questions });
  return row.id;
}

export async function updateSurvey(db: Tx, params: Scope & { surveyId: string; values: Partial<NewSurvey> }) {
  await db
    .update(surveys)
    .set({ ...params.values, updatedAt: new Date() })
    .where(and(eq(surveys.networkId, params.networkId), eq(surveys.id, params.surveyId)));
}

/** Writes a version's questions: a new version, or the current one's texts. */
export async function saveVersion(
  db: Tx,
  params: Scope & { surveyId: string; version: number; questions: Question[] },
) {
  await db
    .insert(surveyVersions)
    .values(params)
    .onConflictDoUpdate({
      target: [surveyVersions.surveyId, surveyVersions.version],
      set: { questions: params.questions },
    });
}

export async function countResponses(db: Tx, params: Scope & { surveyId: string; version?: number }) {
  const [row] = await db
    .select({ n: count() })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.networkId, params.networkId),
        eq(surveyResponses.surveyId, params.surveyId),
        params.version === undefined ? undefined : eq(surveyResponses.version, params.version),
      ),
    );
  return row?.n ?? 0;
}

/** Records that a token answered; false when it already had. */
export async function useToken(db: Tx, params: Scope & { surveyId: string; tokenKey: string }) {
  const rows = await db.insert(surveyTokenUses).values(params).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function insertResponse(db: Tx, values: typeof surveyResponses.$inferInsert): Promise<string> {
  const [row] = await db.insert(surveyResponses).values(values).returning({ id: surveyResponses.id });
  return (row as { id: string }).id;
}

/** One answer row of a survey (and meeting), locked for completing it. */
export async function findResponse(
  db: Tx,
  params: Scope & { surveyId: string; eventId: string | null; responseId: string },
): Promise<ResponseRow | null> {
  const [row] = await db
    .select()
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.networkId, params.networkId),
        eq(surveyResponses.surveyId, params.surveyId),
        params.eventId ? eq(surveyResponses.eventId, params.eventId) : isNull(surveyResponses.eventId),
        eq(surveyResponses.id, params.responseId),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function setAnswers(db: Tx, params: Scope & { responseId: string; answers: Answers }) {
  await db
    .update(surveyResponses)
    .set({ answers: params.answers })
    .where(and(eq(surveyResponses.networkId, params.networkId), eq(surveyResponses.id, params.responseId)));
}

/** Every version's questions, for reading answers given to older versions. */
export async function listVersions(db: Tx, params: Scope & { surveyId: string }) {
  return db
    .select({ version: surveyVersions.version, questions: surveyVersions.questions })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.networkId, params.networkId), eq(surveyVersions.surveyId, params.surveyId)))
    .orderBy(asc(surveyVersions.version));
}

/** The answers that match the organisers' filter. */
export async function listResponses(db: Tx, params: Scope & { surveyId: string; filter: ResultsFilter }) {
  const { filter } = params;
  const where: (SQL | undefined)[] = [
    eq(surveyResponses.networkId, params.networkId),
    eq(surveyResponses.surveyId, params.surveyId),
    filter.event ? eq(surveyResponses.eventId, filter.event) : undefined,
    filter.organisationType ? eq(surveyResponses.organisationType, filter.organisationType) : undefined,
  ];
  if (filter.theme) {
    const ofTheme = db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.networkId, params.networkId), eq(events.themeId, filter.theme)));
    where.push(inArray(surveyResponses.eventId, ofTheme));
  }
  return db
    .select({
      version: surveyResponses.version,
      eventId: surveyResponses.eventId,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .where(and(...where));
}

/** What a live room knows of a participant: the organisation type they gave, their account's address. */
export async function roomRespondent(
  db: Tx,
  params: Scope & { eventId: string; participantId: string },
): Promise<{ organisationType: OrganisationType | null; email: string | null } | null> {
  const [row] = await db
    .select({ organisationType: liveParticipants.organisationType, email: users.email })
    .from(liveParticipants)
    .leftJoin(users, eq(users.id, liveParticipants.userId))
    .where(
      and(
        eq(liveParticipants.networkId, params.networkId),
        eq(liveParticipants.eventId, params.eventId),
        eq(liveParticipants.id, params.participantId),
      ),
    );
  return row ?? null;
}

/** The meetings a trend shows, in date order, with their theme, join clicks and live room participants. */
export async function meetingsOf(db: Tx, params: Scope & { eventIds: string[] }) {
  if (params.eventIds.length === 0) return [];
  const participants = db
    .select({ eventId: liveParticipants.eventId, n: count().as('n') })
    .from(liveParticipants)
    .where(and(eq(liveParticipants.networkId, params.networkId), eq(liveParticipants.host, false)))
    .groupBy(liveParticipants.eventId)
    .as('participants');
  return db
    .select({
      id: events.id,
      slug: events.slug,
      date: events.localDate,
      title: events.title,
      theme: themes.title,
      joinClicks: events.joinCount,
      participants: sql<number>`coalesce(${participants.n}, 0)`.mapWith(Number),
    })
    .from(events)
    .leftJoin(themes, and(eq(themes.networkId, events.networkId), eq(themes.id, events.themeId)))
    .leftJoin(participants, eq(participants.eventId, events.id))
    .where(and(eq(events.networkId, params.networkId), inArray(events.id, params.eventIds)))
    .orderBy(asc(events.startsAt));
}

/** What a mailing list knows of a subscriber a thank-you reached: their organisation type, their address. */
export async function mailRespondent(db: Tx, params: Scope & { subscriberId: string }) {
  const [row] = await db
    .select({ organisationType: subscribers.organisationType, email: subscribers.email })
    .from(subscribers)
    .where(and(eq(subscribers.networkId, params.networkId), eq(subscribers.id, params.subscriberId)));
  return row ?? null;
}

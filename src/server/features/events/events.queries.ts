import { and, asc, desc, eq, gte, inArray, isNotNull, lt, max, sql } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import type { EventStatus } from '#shared/events.ts';
import { attendanceIntents, calendarTokens, eventJoins, events, series, themes } from './events.tables.ts';

export type ThemeRow = typeof themes.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
type Scope = { networkId: string };

// --- Themes --------------------------------------------------------------------------------

export async function listThemes(db: Tx, { networkId }: Scope): Promise<ThemeRow[]> {
  return db.select().from(themes).where(eq(themes.networkId, networkId)).orderBy(asc(themes.position));
}

export async function findTheme(db: Tx, params: Scope & { themeId: string }): Promise<ThemeRow | null> {
  const [row] = await db
    .select()
    .from(themes)
    .where(and(eq(themes.networkId, params.networkId), eq(themes.id, params.themeId)));
  return row ?? null;
}

/** The themes some event of the network already carries. */
export async function themeIdsInUse(db: Tx, { networkId }: Scope): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ themeId: events.themeId })
    .from(events)
    .where(and(eq(events.networkId, networkId), isNotNull(events.themeId)));
  return new Set(rows.flatMap((r) => r.themeId ?? []));
}

/** Adds a theme at the end of the programme. */
export async function insertTheme(db: Tx, values: Omit<typeof themes.$inferInsert, 'position'>) {
  const [last] = await db
    .select({ position: max(themes.position) })
    .from(themes)
    .where(eq(themes.networkId, values.networkId));
  const [row] = await db
    .insert(themes)
    .values({ ...values, position: (last?.position ?? -1) + 1 })
    .returning();
  return row as ThemeRow;
}

export async function updateTheme(
  db: Tx,
  params: Scope & { themeId: string; values: Partial<typeof themes.$inferInsert> },
) {
  const [row] = await db
    .update(themes)
    .set({ ...params.values, updatedAt: new Date() })
    .where(and(eq(themes.networkId, params.networkId), eq(themes.id, params.themeId)))
    .returning();
  return row ?? null;
}

export async function deleteTheme(db: Tx, params: Scope & { themeId: string }): Promise<boolean> {
  const rows = await db
    .delete(themes)
    .where(and(eq(themes.networkId, params.networkId), eq(themes.id, params.themeId)))
    .returning({ id: themes.id });
  return rows.length > 0;
}

export async function setThemePositions(db: Tx, params: Scope & { themeIds: string[] }) {
  for (const [position, id] of params.themeIds.entries()) {
    await db
      .update(themes)
      .set({ position })
      .where(and(eq(themes.networkId, params.networkId), eq(themes.id, id)));
  }
}

// --- Series and events ---------------------------------------------------------------------

export async function insertSeries(db: Tx, values: typeof series.$inferInsert) {
  const [row] = await db.insert(series).values(values).returning();
  return row as typeof series.$inferSelect;
}

export async function findSeries(db: Tx, params: Scope & { seriesId: string }) {
  const [row] = await db
    .select()
    .from(series)
    .where(and(eq(series.networkId, params.networkId), eq(series.id, params.seriesId)));
  return row ?? null;
}

export async function updateSeries(
  db: Tx,
  params: Scope & { seriesId: string; values: Partial<typeof series.$inferInsert> },
) {
  await db
    .update(series)
    .set({ ...params.values, updatedAt: new Date() })
    .where(and(eq(series.networkId, params.networkId), eq(series.id, params.seriesId)));
}

export async function insertEvents(db: Tx, values: NewEvent[]): Promise<EventRow[]> {
  if (values.length === 0) return [];
  return db.insert(events).values(values).returning();
}

/** Slugs already used on these dates, so new events on the same day get `-2`, `-3`… */
export async function slugsOnDates(db: Tx, params: Scope & { dates: string[] }): Promise<Set<string>> {
  if (params.dates.length === 0) return new Set();
  const rows = await db
    .select({ slug: events.slug })
    .from(events)
    .where(and(eq(events.networkId, params.networkId), inArray(events.localDate, params.dates)));
  return new Set(rows.map((r) => r.slug));
}

export async function findEventBySlug(db: Tx, params: Scope & { slug: string }): Promise<EventRow | null> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.networkId, params.networkId), eq(events.slug, params.slug)));
  return row ?? null;
}

export async function findEventById(db: Tx, params: Scope & { eventId: string }): Promise<EventRow | null> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.networkId, params.networkId), eq(events.id, params.eventId)));
  return row ?? null;
}

/** The event and the later events of its series, in date order. */
export async function listFollowingInSeries(
  db: Tx,
  params: Scope & { seriesId: string; fromLocalDate: string },
) {
  return db
    .select()
    .from(events)
    .where(
      and(
        eq(events.networkId, params.networkId),
        eq(events.seriesId, params.seriesId),
        gte(events.localDate, params.fromLocalDate),
      ),
    )
    .orderBy(asc(events.startsAt));
}

export async function updateEvent(db: Tx, params: Scope & { eventId: string; values: Partial<NewEvent> }) {
  const [row] = await db
    .update(events)
    .set({ ...params.values, sequence: sql`${events.sequence} + 1`, updatedAt: new Date() })
    .where(and(eq(events.networkId, params.networkId), eq(events.id, params.eventId)))
    .returning();
  return row ?? null;
}

export type EventFilter = Scope & {
  when: 'upcoming' | 'past' | 'all';
  now: Date;
  statuses: EventStatus[];
  text?: string;
  themeId?: string;
  year?: number;
  limit: number;
};

/**
 * The words in each language's stemming, any of which may match: the search vector keeps each
 * language's text stemmed by its own rules (events.tables.ts).
 */
const searchQuery = (text: string) =>
  sql`(websearch_to_tsquery('finnish', ${text}) || websearch_to_tsquery('swedish', ${text}) || websearch_to_tsquery('english', ${text}))`;

/**
 * Events by time, theme, year and full-text search in Finnish, Swedish and English ("kunnat" finds
 * "kunta", "kommunerna" "kommun", "municipalities" "municipality").
 */
export async function listEvents(db: Tx, filter: EventFilter) {
  const conditions = [eq(events.networkId, filter.networkId), inArray(events.status, filter.statuses)];
  if (filter.when === 'upcoming') conditions.push(gte(events.endsAt, filter.now));
  if (filter.when === 'past') conditions.push(lt(events.endsAt, filter.now));
  if (filter.themeId) conditions.push(eq(events.themeId, filter.themeId));
  if (filter.year) conditions.push(sql`${events.localDate} like ${`${filter.year}-%`}`);
  if (filter.text) conditions.push(sql`${events.search} @@ ${searchQuery(filter.text)}`);
  return db
    .select({ event: events, themeTitle: themes.title })
    .from(events)
    .leftJoin(themes, and(eq(themes.networkId, events.networkId), eq(themes.id, events.themeId)))
    .where(and(...conditions))
    .orderBy(filter.when === 'past' ? desc(events.startsAt) : asc(events.startsAt))
    .limit(filter.limit);
}

/** Counts a click on the join link: no personal data, just when. */
export async function recordJoin(db: Tx, params: Scope & { eventId: string }) {
  await db.transaction(async (tx) => {
    await tx.insert(eventJoins).values(params);
    await tx
      .update(events)
      .set({ joinCount: sql`${events.joinCount} + 1` })
      .where(and(eq(events.networkId, params.networkId), eq(events.id, params.eventId)));
  });
}

// --- Members: attendance intentions and personal feeds ---------------------------------------

export async function setAttending(
  db: Tx,
  params: Scope & { eventId: string; userId: string; attending: boolean },
) {
  const { attending, ...key } = params;
  if (attending) {
    await db.insert(attendanceIntents).values(key).onConflictDoNothing();
  } else {
    await db
      .delete(attendanceIntents)
      .where(
        and(
          eq(attendanceIntents.networkId, key.networkId),
          eq(attendanceIntents.eventId, key.eventId),
          eq(attendanceIntents.userId, key.userId),
        ),
      );
  }
}

export async function attendanceOf(db: Tx, params: Scope & { eventId: string; userId: string | null }) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      mine: sql<boolean>`coalesce(bool_or(${attendanceIntents.userId} = ${params.userId ?? ''}), false)`,
    })
    .from(attendanceIntents)
    .where(
      and(eq(attendanceIntents.networkId, params.networkId), eq(attendanceIntents.eventId, params.eventId)),
    );
  return { count: row?.count ?? 0, mine: row?.mine ?? false };
}

// A personal calendar feed belongs to a person, who may follow many networks: keyed by account.

export async function replaceCalendarToken(db: Tx, params: { userId: string; tokenHash: string }) {
  await db
    .insert(calendarTokens)
    .values(params)
    .onConflictDoUpdate({
      target: calendarTokens.userId,
      set: { tokenHash: params.tokenHash, createdAt: new Date() },
    });
}

export async function deleteCalendarToken(db: Tx, userId: string) {
  await db.delete(calendarTokens).where(eq(calendarTokens.userId, userId));
}

export async function findCalendarTokenOwner(db: Tx, tokenHash: string): Promise<string | null> {
  const [row] = await db.select().from(calendarTokens).where(eq(calendarTokens.tokenHash, tokenHash));
  return row?.userId ?? null;
}

/** The events of the given networks (a person's followed networks) with one of `statuses`. */
export async function listEventsOfNetworks(db: Tx, networkIds: string[], statuses: EventStatus[]) {
  if (networkIds.length === 0) return [];
  return db
    .select()
    .from(events)
    .where(and(inArray(events.networkId, networkIds), inArray(events.status, statuses)))
    .orderBy(asc(events.startsAt));
}

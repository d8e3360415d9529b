import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import { networkSlugs } from '#server/features/networks/networks.personal-data.ts';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import type { LocalizedText } from '#shared/common.ts';
import { attendanceIntents, calendarTokens, events } from './events.tables.ts';

// A person's data spans the networks they take part in: these queries are keyed by account, not tenant.

export type EventNames = Map<
  string,
  { network: string | null; event: string; title: LocalizedText; startsAt: Date }
>;

/** Where and which meeting, by event id, so other features' exports read as a person would. */
export async function describeEvents(db: Tx, eventIds: string[]): Promise<EventNames> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: events.id,
      networkId: events.networkId,
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
    })
    .from(events)
    .where(inArray(events.id, [...new Set(eventIds)]));
  const slugs = await networkSlugs(
    db,
    rows.map((r) => r.networkId),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { network: slugs.get(r.networkId) ?? null, event: r.slug, title: r.title, startsAt: r.startsAt },
    ]),
  );
}

/**
 * "I'll attend" marks and the personal calendar feed: that it exists and since when, never its
 * secret address. Join-link clicks are counted without anyone's identity, so they are not here.
 */
export const eventsPersonalData: PersonalDataPart = {
  feature: 'events',
  tables: ['attendance_intents', 'calendar_tokens'],

  async exportOf(db, person) {
    const intents = await db
      .select({ eventId: attendanceIntents.eventId, since: attendanceIntents.createdAt })
      .from(attendanceIntents)
      .where(eq(attendanceIntents.userId, person.userId))
      .orderBy(asc(attendanceIntents.createdAt));
    const names = await describeEvents(
      db,
      intents.map((i) => i.eventId),
    );
    const [feed] = await db
      .select({ createdAt: calendarTokens.createdAt })
      .from(calendarTokens)
      .where(eq(calendarTokens.userId, person.userId));
    return {
      attending: intents.map((i) => ({ ...names.get(i.eventId), markedAt: i.since })),
      calendarFeed: feed ? { createdAt: feed.createdAt } : null,
    };
  },

  async erase(tx, person) {
    await tx.delete(attendanceIntents).where(eq(attendanceIntents.userId, person.userId));
    await tx.delete(calendarTokens).where(eq(calendarTokens.userId, person.userId));
  },
};

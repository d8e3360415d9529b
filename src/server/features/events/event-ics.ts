import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { markdownToText } from '#server/platform/markdown.ts';
import { type Language, localized } from '#shared/common.ts';
import { type CalendarEvent, renderCalendar } from './calendar.ts';
import type { EventRow } from './events.queries.ts';

/** The public addresses of an event. */
export const eventUrls = (publicUrl: string, network: NetworkRow, slug: string) => ({
  page: `${publicUrl}/n/${network.slug}/events/${slug}`,
  join: `${publicUrl}/n/${network.slug}/join/${slug}`,
  ics: `${publicUrl}/n/${network.slug}/events/${slug}.ics`,
});

/**
 * An event as calendars see it, in `language` where it was written so (else the network's main
 * language): the UID and SEQUENCE stay stable across feeds, languages and invitations.
 */
export function calendarEventOf(
  publicUrl: string,
  network: NetworkRow,
  row: EventRow,
  language: Language,
): CalendarEvent {
  const urls = eventUrls(publicUrl, network, row.slug);
  const text = (value: typeof row.title) => localized(value, language, network.mainLanguage);
  return {
    uid: `${row.id}@verkosto`,
    sequence: row.sequence,
    status: row.status === 'cancelled' ? 'cancelled' : 'confirmed',
    title: text(row.title),
    description: markdownToText(text(row.introduction)) || undefined,
    url: urls.page,
    location: urls.join,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    created: row.createdAt,
    lastModified: row.updatedAt,
  };
}

export type Organizer = { name: string; email: string };

/**
 * One event as an .ics file: for the download link, or, given the organizer, as an invitation's
 * iTIP PUBLISH message (RFC 5546 wants METHOD and ORGANIZER there).
 */
export function renderEventIcs(
  publicUrl: string,
  network: NetworkRow,
  row: EventRow,
  options: { language: Language; organizer?: Organizer },
): string {
  const { language, organizer } = options;
  return renderCalendar({
    name: localized(network.name, language, network.mainLanguage),
    timeZone: network.timeZone,
    events: [calendarEventOf(publicUrl, network, row, language)],
    ...(organizer ? { method: 'PUBLISH' as const, organizer } : {}),
  });
}

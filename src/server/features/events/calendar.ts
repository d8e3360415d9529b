/**
 * iCalendar (RFC 5545) feeds and invitations for meetings, built with ical-generator.
 *
 * Times are written as local wall-clock time with a TZID plus the matching VTIMEZONE, computed from
 * luxon DateTimes in the event's zone, so the output does not depend on the process time zone
 * (ical-generator writes a native Date in the host zone's wall time).
 *
 * ical-generator is worked around here:
 * - With a calendar time zone set it writes DTSTAMP, CREATED and LAST-MODIFIED as floating local
 *   time (in the host zone for a Date); RFC 5545 wants UTC. So the calendar gets no zone, and the
 *   VTIMEZONE and X-WR-TIMEZONE are added here.
 * - It puts the VTIMEZONE before some calendar properties; RFC 5545 wants all properties before
 *   the first component. They are inserted just before the first event instead.
 * - It writes NAME, X-WR-CALNAME, X-WR-CALDESC and the calendar URL unescaped, so a newline in a
 *   name would start a new property; those are escaped (URLs normalised) here.
 * - It backslash-escapes commas and semicolons in URL values; URLs are percent-encoded instead.
 * - The last line has no CRLF; one is added.
 * - A PRODID string gets a '-' prepended ('-//X' would become '--//X'); the object form is used.
 *
 * DTSTAMP is the event's lastModified rather than the time of rendering, so the same data always
 * gives the same bytes (stable ETags) and a later change always has a later DTSTAMP.
 *
 * VTIMEZONE definitions come from @touch4it/ical-timezones, whose data is from tzdata 2018g and
 * gives each zone one set of rules, applied from 1970 on: zones changed since (America/Mexico_City dropped DST in 2022)
 * are stale there, and zones added since (Europe/Kyiv) have no definition. Events in a zone without
 * a definition are written in UTC, which keeps the instant right.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  escape as escapeICalText,
  foldLines,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';

export type CalendarEvent = {
  /** Stable, e.g. '<event-id>@verkosto'. */
  uid: string;
  /** Increments on each change. */
  sequence: number;
  status: 'confirmed' | 'cancelled';
  title: string;
  /** Plain text. */
  description?: string;
  /** The event page. */
  url?: string;
  /** E.g. the join URL. */
  location?: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  created: Date;
  lastModified: Date;
};

export type CalendarInput = {
  name: string;
  description?: string;
  timeZone: string;
  url?: string;
  events: CalendarEvent[];
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Required for REQUEST and CANCEL (RFC 5546). */
  organizer?: { name: string; email: string };
};

const PRODUCT = { company: 'Verkosto', product: 'Verkosto', language: 'EN' };
const REFRESH_SECONDS = 3600;

/**
 * Renders events as an iCalendar string: a subscribable feed (no method or PUBLISH) or an iTIP
 * message (REQUEST, CANCEL). Lines are folded at 75 octets and end in CRLF.
 * @throws Error for an unknown time zone, an invalid URL, or REQUEST/CANCEL without an organizer.
 */
export function renderCalendar(input: CalendarInput): string {
  checkInput(input);
  const vtimezones = vtimezonesFor(usedZones(input));
  const calendar = ical({
    prodId: PRODUCT,
    method: input.method ? ICalCalendarMethod[input.method] : null,
    name: escapeText(input.name),
    description: input.description === undefined ? null : escapeText(input.description),
    url: input.url === undefined ? null : normaliseUrl(input.url),
    ttl: REFRESH_SECONDS,
  });
  for (const event of input.events) {
    calendar.createEvent(toEventData(event, vtimezones.has(event.timeZone), input.organizer));
  }
  const timeZoneLines = [`X-WR-TIMEZONE:${escapeText(input.timeZone)}`, ...vtimezones.values()];
  const ics = insertBeforeFirstEvent(calendar.toString(), foldLines(`${timeZoneLines.join('\r\n')}\r\n`));
  return `${ics}\r\n`; // ical-generator leaves the last line without its CRLF
}

function checkInput(input: CalendarInput): void {
  for (const zone of usedZones(input)) {
    if (!IANAZone.isValidZone(zone)) throw new Error(`Unknown time zone "${zone}".`);
  }
  if ((input.method === 'REQUEST' || input.method === 'CANCEL') && !input.organizer) {
    throw new Error(`A ${input.method} message needs an organizer.`);
  }
}

function toEventData(
  event: CalendarEvent,
  hasVtimezone: boolean,
  organizer: CalendarInput['organizer'],
): ICalEventData {
  return {
    id: event.uid,
    sequence: event.sequence,
    status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: event.title,
    description: event.description ?? null,
    url: event.url === undefined ? null : normaliseUrl(event.url),
    location: event.location ?? null,
    start: DateTime.fromJSDate(event.startsAt, { zone: event.timeZone }),
    end: DateTime.fromJSDate(event.endsAt, { zone: event.timeZone }),
    // Without a TZID, ical-generator writes the luxon time in UTC.
    timezone: hasVtimezone ? event.timeZone : null,
    stamp: event.lastModified,
    created: event.created,
    lastModified: event.lastModified,
    organizer: organizer ?? null,
  };
}

/** The calendar's zone first, then each event zone once. */
function usedZones(input: CalendarInput): string[] {
  return [...new Set([input.timeZone, ...input.events.map((event) => event.timeZone)])];
}

const vtimezoneCache = new Map<string, string | null>();

/** VTIMEZONE components by zone, CRLF-terminated lines; none for UTC (written as Z) or unknown zones. */
function vtimezonesFor(zones: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const zone of zones) {
    if (!vtimezoneCache.has(zone)) vtimezoneCache.set(zone, readVtimezone(zone));
    const vtimezone = vtimezoneCache.get(zone);
    if (vtimezone) found.set(zone, vtimezone);
  }
  return found;
}

/** The package reads a file on every call and uses LF line ends. */
function readVtimezone(zone: string): string | null {
  if (zone === 'UTC') return null;
  return getVtimezoneComponent(zone)?.trim().split(/\r?\n/).join('\r\n') ?? null;
}

/** Puts lines after the calendar properties: before the first event, or the end if none. */
function insertBeforeFirstEvent(ics: string, lines: string): string {
  const at = ics.search(/^(BEGIN:VEVENT|END:VCALENDAR)/m);
  return ics.slice(0, at) + lines + ics.slice(at);
}

/** RFC 5545 TEXT escaping, for the properties ical-generator leaves unescaped. */
function escapeText(text: string): string {
  return escapeICalText(text, false);
}

/**
 * One line whatever the input (the WHATWG parser drops tabs and newlines, encodes spaces), and commas
 * and semicolons encoded, since ical-generator backslash-escapes them in the URL property.
 */
function normaliseUrl(url: string): string {
  return new URL(url).href.replaceAll(',', '%2C').replaceAll(';', '%3B');
}

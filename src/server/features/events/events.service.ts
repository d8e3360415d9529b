import type { Db, Tx } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { BadRequest, Conflict, NotFound } from '#server/platform/errors.ts';
import type { LocalizedText } from '#shared/common.ts';
import {
  type CreateEvent,
  CreateEventSchema,
  type CreateSeries,
  CreateSeriesSchema,
  type CreateTheme,
  CreateThemeSchema,
  type UpdateEvent,
  UpdateEventSchema,
} from '#shared/events.ts';
import { isPublic, isVisibleToAsking } from './events.policy.ts';
import * as q from './events.queries.ts';
import { finnishHolidaysOn } from './holidays.ts';
import {
  expandSeries,
  localToInstant,
  type Occurrence,
  RecurrenceError,
  type SeriesRule,
  splitRule,
} from './recurrence.ts';

/** An event's addresses and its .ics, which outreach's invitations carry. */
export { eventUrls, type Organizer, renderEventIcs } from './event-ics.ts';

const MINUTE = 60_000;

// --- Programme -----------------------------------------------------------------------------

export async function addTheme(db: Db, network: NetworkRow, input: CreateTheme) {
  return q.insertTheme(db, { networkId: network.id, ...CreateThemeSchema.parse(input) });
}

/** Puts the programme in the given order; the list must name every theme exactly once. */
export async function reorderThemes(db: Db, network: NetworkRow, themeIds: string[]) {
  await db.transaction(async (tx) => {
    const existing = await q.listThemes(tx, { networkId: network.id });
    const same =
      new Set(themeIds).size === themeIds.length &&
      themeIds.length === existing.length &&
      existing.every((t) => themeIds.includes(t.id));
    if (!same)
      throw new BadRequest('Give every theme of the programme exactly once.', {
        themeIds: 'must list every theme once',
      });
    await q.setThemePositions(tx, { networkId: network.id, themeIds });
  });
  return q.listThemes(db, { networkId: network.id });
}

async function requireTheme(db: Tx, networkId: string, themeId: string | null | undefined) {
  if (themeId && !(await q.findTheme(db, { networkId, themeId }))) {
    throw new BadRequest('No such theme in this network.', { themeId: 'is not a theme of this network' });
  }
}

// --- Events --------------------------------------------------------------------------------

/** `2022-06-03`, or `2022-06-03-2` when the network already has an event that day. */
async function slugsFor(tx: Tx, networkId: string, dates: string[]): Promise<string[]> {
  const taken = await q.slugsOnDates(tx, { networkId, dates });
  return dates.map((date) => {
    let slug = date;
    for (let n = 2; taken.has(slug); n++) slug = `${date}-${n}`;
    taken.add(slug);
    return slug;
  });
}

function timing(date: string, startTime: string, durationMinutes: number, timeZone: string) {
  const startsAt = localToInstant(date, startTime, timeZone);
  return { localDate: date, startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * MINUTE) };
}

/** A one-off event at a local date and time in the network's time zone. */
export async function createEvent(db: Db, network: NetworkRow, input: CreateEvent) {
  const { date, startTime, durationMinutes, ...content } = CreateEventSchema.parse(input);
  return db.transaction(async (tx) => {
    await requireTheme(tx, network.id, content.themeId);
    const [slug] = await slugsFor(tx, network.id, [date]);
    const [row] = await q.insertEvents(tx, [
      {
        networkId: network.id,
        slug: slug as string,
        timeZone: network.timeZone,
        ...content,
        ...timing(date, startTime, durationMinutes, network.timeZone),
      },
    ]);
    return row as q.EventRow;
  });
}

/** The Finnish public holidays on a date: a meeting's warning, before and after it is saved. */
export function holidaysOn(date: string) {
  return finnishHolidaysOn([date]);
}

function checkedOccurrences(rule: SeriesRule) {
  try {
    return expandSeries(rule);
  } catch (error) {
    if (error instanceof RecurrenceError) {
      throw new BadRequest(error.message, {
        [`rule.${error.field}`]: { ...error.issue, message: error.message },
      });
    }
    throw error;
  }
}

/** The meetings a rule would create and the public holidays among them, before anything is saved. */
export function previewSeries(rule: SeriesRule) {
  const meetings = checkedOccurrences(rule);
  return { meetings, holidays: finnishHolidaysOn(meetings.map((m) => m.localDate)) };
}

/**
 * The theme of each occurrence: a theme planned for a month goes to that month's first meeting
 * (a second theme of the month to its second meeting, and so on, in programme order), unless a
 * meeting already carries it. Organisers move a theme later by editing the meeting.
 */
async function plannedThemes(tx: Tx, networkId: string, occurrences: Occurrence[]) {
  const inUse = await q.themeIdsInUse(tx, { networkId });
  const waiting = new Map<string, string[]>();
  for (const theme of await q.listThemes(tx, { networkId })) {
    if (!theme.intendedMonth || inUse.has(theme.id)) continue;
    waiting.set(theme.intendedMonth, [...(waiting.get(theme.intendedMonth) ?? []), theme.id]);
  }
  return occurrences.map((o) => waiting.get(o.localDate.slice(0, 7))?.shift() ?? null);
}

/**
 * A recurring series: one real event per occurrence, all written together or not at all, with
 * the themes planned for its months; the answer names the public holidays among its dates.
 */
export async function createSeries(db: Db, network: NetworkRow, input: CreateSeries) {
  const { rule, title, ...content } = CreateSeriesSchema.parse(input);
  const occurrences = checkedOccurrences(rule);
  const holidays = finnishHolidaysOn(occurrences.map((o) => o.localDate));
  const created = await db.transaction(async (tx) => {
    const created = await q.insertSeries(tx, {
      networkId: network.id,
      title,
      ...rule,
      exceptMonths: rule.exceptMonths ?? [],
      exceptDates: rule.exceptDates ?? [],
    });
    const slugs = await slugsFor(
      tx,
      network.id,
      occurrences.map((o) => o.localDate),
    );
    const themeIds = await plannedThemes(tx, network.id, occurrences);
    const rows = await q.insertEvents(
      tx,
      occurrences.map((o, i) => ({
        networkId: network.id,
        seriesId: created.id,
        slug: slugs[i] as string,
        title,
        themeId: themeIds[i],
        timeZone: rule.timeZone,
        ...content,
        localDate: o.localDate,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
      })),
    );
    return { seriesId: created.id, events: rows };
  });
  return { ...created, holidays };
}

/** The event as visitors may see it: null when unknown or still a draft. */
export async function findPublicEvent(db: Db, network: NetworkRow, slug: string) {
  const row = await q.findEventBySlug(db, { networkId: network.id, slug });
  return row && isPublic(row) ? row : null;
}

export async function getEvent(db: Db, network: NetworkRow, slug: string) {
  const row = await q.findEventBySlug(db, { networkId: network.id, slug });
  if (!row) throw new NotFound('The event');
  return row;
}

/** The event, if this viewer may see it: drafts only for those who plan events (404 otherwise). */
export async function getVisibleEvent(
  db: Db,
  request: { network: NetworkRow; may(action: 'plan-events'): Promise<boolean> },
  slug: string,
) {
  const event = await getEvent(db, request.network, slug);
  if (!(await isVisibleToAsking(event, () => request.may('plan-events')))) throw new NotFound('The event');
  return event;
}

/**
 * Edits one event, or with scope `following` also the later events of its series, which then
 * form a series of their own from this date on. New times apply on each event's own date.
 */
export async function editEvent(db: Db, network: NetworkRow, event: q.EventRow, input: UpdateEvent) {
  const { scope, date, startTime, durationMinutes, ...content } = UpdateEventSchema.parse(input);
  if (scope === 'following' && !event.seriesId) {
    throw new BadRequest('This event is not part of a series.', {
      scope: { code: 'not-in-series', message: 'only events of a series have following events' },
    });
  }
  if (scope === 'following' && date) {
    throw new BadRequest('Move the events of a series one at a time.', {
      date: { code: 'one-at-a-time', message: 'cannot change with scope following' },
    });
  }
  return db.transaction(async (tx) => {
    await requireTheme(tx, network.id, content.themeId);
    const targets =
      scope === 'following' && event.seriesId
        ? await q.listFollowingInSeries(tx, {
            networkId: network.id,
            seriesId: event.seriesId,
            fromLocalDate: event.localDate,
          })
        : [event];
    const seriesId =
      scope === 'following' && event.seriesId
        ? await splitSeriesAt(tx, network.id, event, { title: content.title, startTime, durationMinutes })
        : undefined;
    for (const target of targets) {
      const changes = {
        ...content,
        ...retime(target, { date, startTime, durationMinutes }),
        ...(seriesId && { seriesId }),
      };
      if (scope === 'following') delete changes.themeId; // each meeting keeps its own theme
      await q.updateEvent(tx, { networkId: network.id, eventId: target.id, values: changes });
    }
    return (await q.findEventBySlug(tx, { networkId: network.id, slug: event.slug })) as q.EventRow;
  });
}

/** New start and end for an event, keeping whatever timing the change does not give. */
function retime(event: q.EventRow, change: { date?: string; startTime?: string; durationMinutes?: number }) {
  if (!change.date && !change.startTime && change.durationMinutes === undefined) return {};
  const current = localTimeOf(event);
  const duration = change.durationMinutes ?? (event.endsAt.getTime() - event.startsAt.getTime()) / MINUTE;
  return timing(change.date ?? event.localDate, change.startTime ?? current, duration, event.timeZone);
}

function localTimeOf(event: q.EventRow): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: event.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(event.startsAt);
}

function ruleOf(row: NonNullable<Awaited<ReturnType<typeof q.findSeries>>>): SeriesRule {
  const { rrule, startDate, startTime, durationMinutes, timeZone, until, exceptMonths, exceptDates } = row;
  return {
    rrule,
    startDate,
    startTime,
    durationMinutes,
    timeZone,
    until: until ?? undefined,
    exceptMonths,
    exceptDates,
  };
}

/**
 * Ends the series the day before `event` and continues it as a new series from there, with the
 * changed title or timing; returns the series the event and the following ones now belong to.
 */
async function splitSeriesAt(
  tx: Tx,
  networkId: string,
  event: q.EventRow,
  change: { title?: LocalizedText; startTime?: string; durationMinutes?: number },
): Promise<string> {
  const current = await q.findSeries(tx, { networkId, seriesId: event.seriesId as string });
  if (!current) throw new NotFound('The series');
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  if (current.startDate === event.localDate) {
    await q.updateSeries(tx, { networkId, seriesId: current.id, values: defined });
    return current.id;
  }
  let halves: ReturnType<typeof splitRule>;
  try {
    halves = splitRule(ruleOf(current), event.localDate);
  } catch (error) {
    if (error instanceof RecurrenceError)
      throw new Conflict(`This event no longer follows its series: ${error.message}`);
    throw error;
  }
  await q.updateSeries(tx, { networkId, seriesId: current.id, values: { until: halves.before.until } });
  const next = await q.insertSeries(tx, {
    ...halves.after,
    networkId,
    title: current.title,
    exceptMonths: halves.after.exceptMonths ?? [],
    exceptDates: halves.after.exceptDates ?? [],
    ...defined,
  });
  return next.id;
}

export {
  attendanceOf,
  deleteTheme,
  findTheme,
  listEvents,
  listThemes,
  setAttending,
  updateTheme,
} from './events.queries.ts';

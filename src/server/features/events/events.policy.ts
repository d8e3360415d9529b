import { EVENT_STATUSES, type EventStatus } from '#shared/events.ts';
import { isOver } from '#shared/meeting-phase.ts';
import type { EventRow } from './events.queries.ts';

/**
 * Who sees which event, and when its meeting opens: each rule decided here once, for the API,
 * the calendar feeds, the join link and the page meta tags alike.
 */

type Status = Pick<EventRow, 'status'>;
type Timing = Pick<EventRow, 'status' | 'startsAt' | 'endsAt' | 'joinOpensMinutesBefore'>;

const MINUTE = 60_000;
const PUBLIC_STATUSES = EVENT_STATUSES.filter((status) => status !== 'draft');

/** A draft is the planners' own; published and cancelled events are everyone's. */
export const isPublic = (event: Status): boolean => event.status !== 'draft';

/** Whether someone sees the event: `planner` is whether they may plan the network's events. */
export const isVisibleTo = (event: Status, planner: boolean): boolean => planner || isPublic(event);

/** As `isVisibleTo`, asking whether they plan events only for a draft (so a visitor costs no lookup). */
export const isVisibleToAsking = async (event: Status, isPlanner: () => Promise<boolean>): Promise<boolean> =>
  isPublic(event) || isPlanner();

/** The statuses a list shows someone: drafts only to planners. */
export const visibleStatuses = (planner: boolean): EventStatus[] =>
  planner ? [...EVENT_STATUSES] : PUBLIC_STATUSES;

/** When the join link starts leading to the meeting: `joinOpensMinutesBefore` the start. */
export const joinOpensAt = (event: Timing): Date =>
  new Date(event.startsAt.getTime() - event.joinOpensMinutesBefore * MINUTE);

/**
 * Whether the meeting's address may be shown to someone now: planners always, others from when it
 * opens until the meeting is over (see `#shared/meeting-phase.ts`).
 */
export const meetingLinkVisible = (event: Timing, planner: boolean, now: Date): boolean =>
  planner || (event.status === 'published' && now >= joinOpensAt(event) && !isOver(event, now));

/** Whether the join link leads to the meeting now: published, with an address, open and not over. */
export const joinLinkOpen = (event: Timing & Pick<EventRow, 'meetingUrl'>, now: Date): boolean =>
  Boolean(event.meetingUrl) && meetingLinkVisible(event, false, now);

/**
 * Where a meeting is in its day, decided once for the server (the join link, the live room) and
 * the browser (labels that change while a page is open).
 */

/** Meetings overrun: the join link and the live room stay open this long after the planned end. */
export const OVERRUN_MINUTES = 30;

export const MEETING_PHASES = ['upcoming', 'joinable', 'live', 'ended'] as const;
/**
 * `upcoming` until the join link opens, `joinable` until the start, `live` until the planned end,
 * then `ended`.
 */
export type MeetingPhase = (typeof MEETING_PHASES)[number];

type Moment = Date | string;
type Times = { joinOpensAt: Moment; startsAt: Moment; endsAt: Moment };

const ms = (moment: Moment) => new Date(moment).getTime();

export function meetingPhase(meeting: Times, now: Date): MeetingPhase {
  const at = now.getTime();
  if (at < ms(meeting.joinOpensAt)) return 'upcoming';
  if (at < ms(meeting.startsAt)) return 'joinable';
  return at < ms(meeting.endsAt) ? 'live' : 'ended';
}

/** When the meeting is over for good: its join link says it ended and its room becomes an archive. */
export const closesAt = (meeting: { endsAt: Moment }): Date =>
  new Date(ms(meeting.endsAt) + OVERRUN_MINUTES * 60_000);

export const isOver = (meeting: { endsAt: Moment }, now: Date): boolean => now >= closesAt(meeting);

/** The next moment the phase or the end changes after `now`, or null when nothing changes any more. */
export function nextChange(meeting: Times, now: Date): Date | null {
  const moments = [meeting.joinOpensAt, meeting.startsAt, meeting.endsAt, closesAt(meeting)].map(ms);
  const next = moments.find((moment) => moment > now.getTime());
  return next === undefined ? null : new Date(next);
}

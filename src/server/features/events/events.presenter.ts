import { renderMarkdown } from '#server/platform/markdown.ts';
import type { Event, EventSummary, Theme } from '#shared/events.ts';
import { joinOpensAt, meetingLinkVisible } from './events.policy.ts';
import type { EventRow, ThemeRow } from './events.queries.ts';

export function presentTheme(row: ThemeRow): Theme {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    intendedMonth: row.intendedMonth,
    status: row.status,
    position: row.position,
  };
}

export function presentEventSummary(row: EventRow, theme: { title: string } | null = null): EventSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    theme: row.themeId && theme ? { id: row.themeId, title: theme.title } : null,
    seriesId: row.seriesId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    joinOpensAt: joinOpensAt(row).toISOString(),
    timeZone: row.timeZone,
    localDate: row.localDate,
    status: row.status,
  };
}

/**
 * The meeting link is shown to visitors only from `joinOpensMinutesBefore` the start (and never
 * for a cancelled event); organisers always see it. Join counts are for organisers.
 */
export function presentEvent(
  row: EventRow,
  context: {
    theme: { title: string } | null;
    organiser: boolean;
    now: Date;
    attendance: { count: number; mine: boolean | null };
  },
): Event {
  const linkVisible = meetingLinkVisible(row, context.organiser, context.now);
  return {
    ...presentEventSummary(row, context.theme),
    introduction: row.introduction,
    introductionHtml: renderMarkdown(row.introduction),
    speakers: row.speakers,
    meetingUrl: linkVisible ? row.meetingUrl : null,
    joinOpensMinutesBefore: row.joinOpensMinutesBefore,
    recordingUrl: row.recordingUrl,
    notes: row.notes,
    notesHtml: renderMarkdown(row.notes),
    joinCount: context.organiser ? row.joinCount : null,
    attendingCount: context.attendance.count,
    attending: context.attendance.mine,
  };
}

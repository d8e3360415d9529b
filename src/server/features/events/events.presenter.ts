import { renderEachLanguage } from '#server/platform/markdown.ts';
import type { LocalizedText } from '#shared/common.ts';
import type { Event, EventSummary, Material, Theme } from '#shared/events.ts';
import { joinOpensAt, meetingLinkVisible } from './events.policy.ts';
import type { EventRow, ThemeRow } from './events.queries.ts';
import type { MaterialRow } from './materials.service.ts';

export function presentTheme(row: ThemeRow): Theme {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    descriptionHtml: renderEachLanguage(row.description),
    intendedMonth: row.intendedMonth,
    status: row.status,
    position: row.position,
  };
}

/** A material as the API shows it: a file by its download address under the event's. */
export function presentMaterial(eventUrl: string, row: MaterialRow): Material {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    url: row.kind === 'link' ? (row.url ?? '') : `${eventUrl}/materials/${row.id}/download`,
    fileName: row.fileName,
    size: row.size,
  };
}

export function presentEventSummary(
  row: EventRow,
  theme: { title: LocalizedText } | null = null,
  materials: Material[] = [],
): EventSummary {
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
    recordingUrl: row.recordingUrl,
    materials,
  };
}

/**
 * The meeting link is shown to visitors only from `joinOpensMinutesBefore` the start (and never
 * for a cancelled event); organisers always see it. Join counts are for organisers.
 */
export function presentEvent(
  row: EventRow,
  context: {
    theme: { title: LocalizedText } | null;
    organiser: boolean;
    now: Date;
    attendance: { count: number; mine: boolean | null };
  },
): Event {
  const linkVisible = meetingLinkVisible(row, context.organiser, context.now);
  const { materials: _, ...summary } = presentEventSummary(row, context.theme);
  return {
    ...summary,
    introduction: row.introduction,
    introductionHtml: renderEachLanguage(row.introduction),
    speakers: row.speakers,
    meetingUrl: linkVisible ? row.meetingUrl : null,
    joinOpensMinutesBefore: row.joinOpensMinutesBefore,
    notes: row.notes,
    notesHtml: renderEachLanguage(row.notes),
    joinCount: context.organiser ? row.joinCount : null,
    attendingCount: context.attendance.count,
    attending: context.attendance.mine,
  };
}

import { renderEachLanguage } from '#server/platform/markdown.ts';
import type { PublicSurveyChange, SurveyChange } from '#shared/survey-changes.ts';
import type { SurveyChangeRow } from './changes.queries.ts';
import type { PublicChange } from './changes.service.ts';

/** A change as its organisers edit it. */
export function presentChange(row: SurveyChangeRow): SurveyChange {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    decidedOn: row.decidedOn,
    links: row.links.map((link) => ({
      surveyId: link.surveyId,
      eventId: link.eventId ?? null,
      questionId: link.questionId ?? null,
    })),
    published: row.published,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A published change for everyone: the description rendered and sanitised, the meetings behind it
 * by their public names; which surveys and questions it came from stay the organisers'.
 */
export function presentPublicChange({ row, meetings }: PublicChange): PublicSurveyChange {
  return {
    id: row.id,
    title: row.title,
    descriptionHtml: renderEachLanguage(row.description),
    decidedOn: row.decidedOn,
    meetings: meetings.map((meeting) => ({ slug: meeting.slug, title: meeting.title })),
  };
}

import type { PublicSurvey, Survey, SurveySummary } from '#shared/surveys.ts';
import { closesAt, statusOf } from './surveys.policy.ts';
import type { SurveyRow, SurveyWithQuestions } from './surveys.queries.ts';
import type { SurveyTarget } from './surveys.service.ts';

export function presentSurveySummary(row: SurveyRow, responses: number): SurveySummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    version: row.version,
    anonymous: row.anonymous,
    closeAfterDays: row.closeAfterDays,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    responses,
  };
}

export function presentSurvey(row: SurveyWithQuestions, responses: number): Survey {
  return { ...presentSurveySummary(row, responses), intro: row.intro, questions: row.questions };
}

/** The answer form's survey: its questions and whether it takes answers now. */
export function presentPublicSurvey(target: SurveyTarget, now: Date): PublicSurvey {
  const { survey, event } = target;
  return {
    id: survey.id,
    kind: survey.kind,
    version: survey.version,
    title: survey.title,
    intro: survey.intro,
    anonymous: survey.anonymous,
    questions: survey.questions,
    status: statusOf(target, now),
    closesAt: closesAt(target)?.toISOString() ?? null,
    event: event
      ? { id: event.id, slug: event.slug, title: event.title, startsAt: event.startsAt.toISOString() }
      : null,
  };
}

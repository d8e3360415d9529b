import type { Answers, Question, SurveyTrend } from '#shared/surveys.ts';
import { TREND_ITEMS } from '#shared/surveys.ts';
import { questionResult } from './survey-results.ts';

type Version = { version: number; questions: Question[] };
type Response = { version: number; eventId: string | null; answers: Answers };
type Meeting = {
  id: string;
  slug: string;
  date: string;
  title: SurveyTrend['items'][number]['points'][number]['title'];
  theme: SurveyTrend['items'][number]['points'][number]['theme'];
  joinClicks: number;
  participants: number;
};
type Core = (typeof TREND_ITEMS)[number];

/** The answers to one core item, whatever id each version gave it, keyed by `id`. */
function coreAnswers(versions: Version[], responses: Response[], core: Core, id: string): Answers[] {
  const idIn = new Map(versions.map((v) => [v.version, v.questions.find((q) => q.core === core)?.id]));
  return responses.flatMap((response) => {
    const own = idIn.get(response.version);
    const value = own === undefined ? undefined : response.answers[own];
    return value === undefined ? [] : [{ [id]: value }];
  });
}

/**
 * Each core item meeting by meeting: the same result, under the same small-count rule, as the
 * results of that meeting alone, so no view can be set against another to reveal a hidden count.
 */
export function surveyTrend(
  current: Question[],
  versions: Version[],
  responses: Response[],
  meetings: Meeting[],
  minCount: number,
): SurveyTrend {
  const byMeeting = Map.groupBy(responses, (r) => r.eventId);
  const of = (meeting: Meeting) => byMeeting.get(meeting.id) ?? [];
  const items = TREND_ITEMS.flatMap((core) => {
    const question = current.find((q) => q.core === core);
    if (!question) return [];
    const points = meetings.map((meeting) => {
      const answers = coreAnswers(versions, of(meeting), core, question.id);
      const result = questionResult(question, answers, minCount);
      const nps =
        result.nps && result.n !== null
          ? { score: result.nps.score, low: result.nps.low, high: result.nps.high }
          : null;
      const { id: eventId, slug, date, title, theme } = meeting;
      return { eventId, slug, date, title, theme, n: result.n, nps, mean: result.mean };
    });
    return [{ core, text: question.text, points }];
  });
  const reach = meetings.map((meeting) => {
    const n = of(meeting).length;
    const responsesShown = n === 0 || n >= minCount ? n : null;
    return {
      eventId: meeting.id,
      responses: responsesShown,
      participants: meeting.participants,
      joinClicks: meeting.joinClicks,
    };
  });
  return { minCount, items, reach };
}

import { DateTime } from 'luxon';
import type { EventRow } from '#server/features/events/events.queries.ts';
import type { Answers, Question, SurveyStatus } from '#shared/surveys.ts';
import type { SurveyRow } from './surveys.queries.ts';

/**
 * When a survey takes answers, and which edits keep its answers comparable: each rule decided
 * here once.
 */

const DAY = 24 * 60 * 60_000;
type Target = {
  survey: Pick<SurveyRow, 'kind' | 'closeAfterDays' | 'opensOn' | 'closesOn'>;
  event: Pick<EventRow, 'startsAt' | 'endsAt'> | null;
  /** The network's time zone, which a periodic survey's dates are in. */
  timeZone: string;
};

/** A published meeting asks for feedback; a draft or a cancelled one does not. */
export const asksFeedback = (event: Pick<EventRow, 'status'>): boolean => event.status === 'published';

/** The day `at` falls on in `timeZone`: all an anonymous answer keeps of its time. */
export const dayOf = (at: Date, timeZone: string): string =>
  DateTime.fromJSDate(at, { zone: timeZone }).toISODate() as string;

/** When a target stops taking answers (null: never set). */
export function closesAt({ survey, event, timeZone }: Target): Date | null {
  if (event) return new Date(event.endsAt.getTime() + (survey.closeAfterDays ?? 14) * DAY);
  if (!survey.closesOn) return null;
  return DateTime.fromISO(survey.closesOn, { zone: timeZone }).plus({ days: 1 }).toJSDate();
}

/**
 * A meeting's survey opens when the meeting starts, so the room can ask in its last minutes, and
 * closes `closeAfterDays` after it ends; a periodic survey is open from its first to its last day.
 */
export function statusOf(target: Target, now: Date): SurveyStatus {
  const { survey, event, timeZone } = target;
  const opens = event
    ? event.startsAt
    : DateTime.fromISO(survey.opensOn ?? '9999-01-01', { zone: timeZone }).toJSDate();
  if (now < opens) return 'not-yet';
  const closes = closesAt(target);
  return closes && now >= closes ? 'closed' : 'open';
}

/** A question with its texts left out: what answers depend on. */
function structureOf(question: Question) {
  const { text: _text, help: _help, ...rest } = question;
  const choices = (list: { id: string }[]) => list.map((item) => item.id);
  if ('options' in rest) return { ...rest, options: choices(rest.options) };
  if ('rows' in rest) return { ...rest, rows: choices(rest.rows) };
  return rest;
}

/** JSON with every object's keys in order: a stored jsonb value comes back with its keys reordered. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );

/** Whether two versions of the questions differ only in their texts (which keeps answers comparable). */
export const sameStructure = (before: Question[], after: Question[]): boolean =>
  canonical(before.map(structureOf)) === canonical(after.map(structureOf));

/** Whether an answer matches the "first time here?" filter (the core item's answer). */
export function matchesFirstTime(answers: Answers, questions: Question[], wanted: 'yes' | 'no' | undefined) {
  if (!wanted) return true;
  const item = questions.find((question) => question.core === 'first-time');
  return item !== undefined && answers[item.id] === wanted;
}

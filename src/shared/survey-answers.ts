// What the answer form needs of the surveys' contract, without zod: the public answer page imports
// these (surveys.ts re-exports them beside its schemas; docs/decisions/0021).
import type { FieldIssue } from './errors.ts';

export const SURVEY_LIMITS = {
  titleChars: 150,
  introChars: 2000,
  questions: 40,
  questionChars: 300,
  helpChars: 600,
  options: 20,
  optionChars: 120,
  matrixRows: 15,
  answerChars: 2000,
  idChars: 40,
  /** How long a post-meeting survey takes answers after its meeting ends. */
  closeAfterDays: { min: 1, max: 60, default: 14 },
} as const;

/** A Likert answer: 1 (strongly disagree) … 5 (strongly agree), or "can't say". */
export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;
export const CANT_SAY = 'cant-say';
export const RATING_POINTS = [1, 2, 3, 4, 5] as const;
export const NPS_POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A question's condition, as far as deciding whether it is shown needs it. */
type Conditional = { showIf?: { question: string; anyOf: readonly string[] } };

/** Whether `question` is shown, given the answers to the questions before it. */
export function isShown(question: Conditional, answers: Record<string, unknown>): boolean {
  if (!question.showIf) return true;
  const given = answers[question.showIf.question];
  const values = Array.isArray(given) ? given : given === undefined ? [] : [String(given)];
  return values.some((value) => question.showIf?.anyOf.includes(value));
}

/**
 * An answer form posted without JavaScript and refused: the page is rendered again with what was
 * sent and why it was refused, handed to its first render under `refusedAnswersKey`.
 */
export type RefusedAnswers = {
  answers: Record<string, unknown>;
  token: string | null;
  continuation: string | null;
  status: number;
  fields: Record<string, string>;
  fieldIssues: Record<string, FieldIssue>;
};

/** The refused answers of one answer page: a meeting's (`feedback`, its address name) or a periodic survey's. */
export const refusedAnswersKey = (network: string, page: 'feedback' | 'survey', id: string) =>
  ['networks', 'detail', network, 'surveys', 'refused-answers', page, id] as const;

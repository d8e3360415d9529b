import { CANT_SAY, isShown } from '#shared/survey-answers.ts';
import type { Question } from '#shared/surveys.ts';
import type { FieldErrors } from '../../../../lib/forms.ts';

/**
 * What the form holds for a question, as its fields hold it: one value ('' when none), the ticked
 * choices of a multiple choice, or a matrix's value per row.
 */
export type FieldValue = string | string[] | Record<string, string>;
export type Values = Record<string, FieldValue>;

/** What the controls of one question get. */
export interface AnswerProps<Q extends Question = Question> {
  question: Q;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  errors: FieldErrors;
}

/** The name of a question's field (repeated for a multiple choice), as the server reads the form. */
export const fieldName = (question: { id: string }) => `answers.${question.id}`;
/** The name of a matrix row's field. */
export const rowFieldName = (question: { id: string }, row: { id: string }) =>
  `answers.${question.id}.${row.id}`;

const pointOf = (value: string): number | string => (value === CANT_SAY ? value : Number(value));

/** One question's answer for the API, or undefined when it has none. */
function answerOf(question: Question, value: FieldValue | undefined): unknown {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  if (typeof value === 'object') {
    const rows = Object.entries(value).filter(([, point]) => point !== '');
    return rows.length > 0
      ? Object.fromEntries(rows.map(([row, point]) => [row, pointOf(point)]))
      : undefined;
  }
  if (!value.trim()) return undefined;
  const points = question.type === 'nps' || question.type === 'likert' || question.type === 'rating';
  return points ? pointOf(value) : value;
}

/**
 * The answers to send: those of the questions that are shown, in order, so that a question whose
 * condition no longer holds sends nothing (as the server would drop it).
 */
export function answersOf(questions: Question[], values: Values): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const answer = answerOf(question, values[question.id]);
    if (answer !== undefined && isShown(question, answers)) answers[question.id] = answer;
  }
  return answers;
}

/** The questions shown for the answers given so far. */
export function shownQuestions(questions: Question[], values: Values): Question[] {
  const answers = answersOf(questions, values);
  const shown: Question[] = [];
  for (const question of questions) if (isShown(question, answers)) shown.push(question);
  return shown;
}

/** The form's values for answers the server sent back (a form posted without JavaScript). */
export function valuesOf(answers: Record<string, unknown>): Values {
  const values: Values = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (Array.isArray(answer)) values[id] = answer.map(String);
    else if (answer && typeof answer === 'object')
      values[id] = Object.fromEntries(Object.entries(answer).map(([row, point]) => [row, String(point)]));
    else if (answer !== undefined && answer !== null) values[id] = String(answer);
  }
  return values;
}

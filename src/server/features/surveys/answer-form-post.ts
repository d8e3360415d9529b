import { CANT_SAY, type Question } from '#shared/surveys.ts';

/**
 * The answer form as a browser without JavaScript posts it (application/x-www-form-urlencoded),
 * read into the `answers` the API takes, so that one schema checks both. Its fields:
 *
 * - `answers.<question>`: the answer to a question, repeated for each choice of a multiple choice;
 * - `answers.<question>.<row>`: a matrix's answer to one of its rows;
 * - `token`: the one-time link's token, or `continuation`: what an earlier answer gave (the live
 *   room's card answered the first question), to add the rest to it.
 *
 * An empty field is no answer. Only the survey's own questions are read.
 */
export function answersFromForm(
  body: string,
  questions: Question[],
): { answers: Record<string, unknown>; token: string | undefined; continuation: string | undefined } {
  const form = new URLSearchParams(body);
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const answer = answerOf(form, question);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return {
    answers,
    token: form.get('token') || undefined,
    continuation: form.get('continuation') || undefined,
  };
}

/** A point as its number; "can't say" and anything else as sent, so the server names what is wrong. */
function pointOf(value: string | null): number | string | undefined {
  if (!value) return undefined;
  return value !== CANT_SAY && /^\d{1,3}$/.test(value) ? Number(value) : value;
}

function answerOf(form: URLSearchParams, question: Question): unknown {
  const name = `answers.${question.id}`;
  switch (question.type) {
    case 'nps':
    case 'likert':
    case 'rating':
      return pointOf(form.get(name));
    case 'single':
      return form.get(name) || undefined;
    case 'multiple': {
      const chosen = form.getAll(name).filter(Boolean);
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'likert-matrix':
      return matrixOf(form, name, question.rows);
    case 'text': {
      // Browsers send a text area's line breaks as CRLF: counted as one character, as the form counts them.
      const text = (form.get(name) ?? '').replaceAll('\r\n', '\n');
      return text.trim() ? text : undefined;
    }
  }
}

function matrixOf(form: URLSearchParams, name: string, rows: { id: string }[]) {
  const answer: Record<string, unknown> = {};
  for (const row of rows) {
    const point = pointOf(form.get(`${name}.${row.id}`));
    if (point !== undefined) answer[row.id] = point;
  }
  return Object.keys(answer).length > 0 ? answer : undefined;
}

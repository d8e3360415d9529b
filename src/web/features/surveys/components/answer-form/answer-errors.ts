import type { TFunction } from 'i18next';
import { SURVEY_LIMITS } from '#shared/survey-answers.ts';
import type { Question } from '#shared/surveys.ts';
import { ApiRequestError } from '../../../../lib/api.ts';
import { type FieldErrors, requestErrorMessage } from '../../../../lib/forms.ts';
import { fieldName, rowFieldName } from './answer-values.ts';

/** A refused answer: each question's (or matrix row's) error by its field name, and what the form says. */
export type Refusal = { errors: FieldErrors; message: string };

/**
 * The code of a refused answer. The service gives most answers' errors without their codes
 * (`invalid`): what the form can send wrong is then told by the question's type.
 */
function codeOf(question: Question, code: string | undefined): string | undefined {
  if (code !== 'invalid') return code;
  if (question.type === 'text') return 'too-long';
  return question.type === 'multiple' ? 'too-many' : 'invalid-choice';
}

/** The form's own words for why the server refused one answer, by the code it gave. */
function answerError(t: TFunction, question: Question, code: string | undefined, server: string) {
  switch (codeOf(question, code)) {
    case 'required':
      return t('surveyForm.errors.required');
    case 'too-many': {
      const max = question.type === 'multiple' ? (question.maxChoices ?? question.options.length) : 1;
      return t('surveyForm.errors.tooMany', { count: max });
    }
    case 'too-long':
      return t('surveyForm.errors.tooLong', { limit: SURVEY_LIMITS.answerChars });
    case 'too-large':
    case 'too-small':
    case 'invalid-choice':
    case 'invalid-type':
      return t('surveyForm.errors.choose');
    default:
      return server;
  }
}

/** Why the whole answer was refused: the link (`token`, `continuation`) or the survey's closing (`answers`). */
function answerSetError(t: TFunction, path: string, code: string | undefined): string | null {
  if (path === 'token' || path === 'continuation')
    return t(code === 'token-used' ? 'surveyForm.errors.tokenUsed' : 'surveyForm.errors.tokenInvalid');
  if (path === 'answers') return t('surveyForm.errors.closed');
  return null;
}

/**
 * The field an error of the server's belongs to: `answers.<question>` or a matrix's row
 * (`answers.<question>.<row>`); a multiple choice's item (`answers.<question>.2`) is its question's.
 */
function fieldOf(questions: Question[], path: string): { question: Question; field: string } | null {
  const [, id, sub] = path.split('.');
  const question = questions.find((q) => q.id === id);
  if (!question || !path.startsWith('answers.')) return null;
  const row = question.type === 'likert-matrix' ? question.rows.find((r) => r.id === sub) : undefined;
  return { question, field: row ? rowFieldName(question, row) : fieldName(question) };
}

/** What the form shows for a failed answer: its errors by field, and one message for the whole. */
export function refusalOf(error: unknown, questions: Question[], t: TFunction): Refusal {
  if (!(error instanceof ApiRequestError)) return { errors: {}, message: requestErrorMessage(error, t) };
  const errors: FieldErrors = {};
  const whole: string[] = [];
  for (const [path, server] of Object.entries(error.fields)) {
    const code = error.fieldCodes[path];
    const found = fieldOf(questions, path);
    const own = found ? null : answerSetError(t, path, code);
    if (found) errors[found.field] ??= answerError(t, found.question, code, server);
    else whole.push(own ?? server);
  }
  const marked = Object.keys(errors).length > 0;
  if (!marked && whole.length === 0) return { errors, message: requestErrorMessage(error, t) };
  return { errors, message: [...(marked ? [t('errors.formHasErrors')] : []), ...whole].join(' ') };
}

import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { LANGUAGES, type LocalizedText } from '#shared/languages.ts';
import { ApiRequestError } from './api.ts';

/** Error messages keyed by field path (`name.fi`, `organisation.name`, `goals.0`). */
export type FieldErrors = Record<string, string>;

/**
 * Translated messages for a failed client-side check, keyed like the server's `fields`.
 * `ruleMessages` explains a field's own rule (regex or refinement), by path; `*` stands for an index.
 */
export function validationErrors(
  error: z.ZodError,
  t: TFunction,
  ruleMessages: Record<string, string> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (path in errors) continue;
    const ruleMessage = ruleMessages[path] ?? ruleMessages[path.replace(/\.\d+(?=\.|$)/g, '.*')];
    const isRule = issue.code === 'invalid_format' || issue.code === 'custom';
    errors[path] = (isRule && ruleMessage) || issueMessage(issue, t);
  }
  return errors;
}

function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'custom':
      return t('validation.oneLanguage');
    default:
      return t('validation.invalid');
  }
}

/** The server's per-field messages, with our own (translated) text where we have one. */
export function serverFieldErrors(error: unknown, byPath: Record<string, string> = {}): FieldErrors {
  if (!(error instanceof ApiRequestError)) return {};
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(error.fields)) errors[path] = byPath[path] ?? message;
  return errors;
}

/** A translated message for a failed request, by HTTP status unless `byStatus` says otherwise. */
export function requestErrorMessage(
  error: unknown,
  t: TFunction,
  byStatus: Record<number, string> = {},
): string {
  if (!(error instanceof ApiRequestError)) return t('errors.generic');
  const own = byStatus[error.status];
  if (own) return own;
  if (error.status === 0) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 401) return t('errors.signedOut');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 400 && Object.keys(error.fields).length) return t('errors.formHasErrors');
  return t('errors.generic');
}

/** Drops empty languages, so `{fi:'', sv:'x'}` is sent as `{sv:'x'}`. */
export function compactText(text: LocalizedText): LocalizedText {
  const result: LocalizedText = {};
  for (const language of LANGUAGES) {
    const value = text[language]?.trim();
    if (value) result[language] = value;
  }
  return result;
}

export const emptyText = (): Required<LocalizedText> => ({ fi: '', sv: '', en: '' });

export function fullText(text: LocalizedText): Required<LocalizedText> {
  return { fi: text.fi ?? '', sv: text.sv ?? '', en: text.en ?? '' };
}

/** The DOM id of a field, from its path: used to label, describe and focus it. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

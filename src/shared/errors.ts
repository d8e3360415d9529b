import { z } from 'zod';
import { TOO_DEEP, UNSTORABLE_TEXT } from './storable.ts';

/**
 * Every `error.code` the HTTP API answers with, in one casing (kebab-case, as the live room's
 * frame codes in live.ts). Clients branch on these; the English `message` is for people.
 */
export const ERROR_CODES = [
  /** The body, query or address parameters break the contract; `fields` names each one. */
  'invalid-input',
  /** The request itself is malformed: bad JSON, an address that is not UTF-8, a wrong content type. */
  'invalid-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'too-large',
  'rate-limited',
  'internal',
  // The subscriber import's reasons for refusing a file (outreach).
  'import-no-file',
  'import-not-csv',
  'import-no-rows',
  'import-one-column',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * Why one field was refused, stable across languages: the web shows `fieldIssues.<code>` in the
 * user's language (with `limit` where the code has one) instead of the server's English text.
 */
export const FIELD_CODES = [
  'required',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-large',
  'not-an-email',
  'not-a-link',
  'not-a-time-zone',
  'not-a-path',
  'not-a-date',
  'not-a-time',
  'not-a-month',
  'not-a-slug',
  'not-a-hashtag',
  'not-a-page-cursor',
  'invalid-format',
  'invalid-choice',
  'invalid-type',
  'unknown-field',
  'given-twice',
  'one-language',
  'unstorable',
  'too-deep',
  'consent-needed',
  'consent-changed',
  'taken',
  'wrong-setup-code',
  'not-a-network',
  'not-in-network',
  'file-empty',
  'file-unreadable',
  'file-type',
  'file-too-large',
  // Outreach: the interest form, the subscriber import and sending a campaign.
  'not-on-form',
  'not-csv',
  'no-rows',
  'one-column',
  'one-email-column',
  'no-valid-rows',
  'already-sent',
  'no-confirmed-addresses',
  // A series' recurrence, and editing one meeting of a series.
  'no-dates',
  'not-a-meeting-date',
  'first-meeting',
  'end-needed',
  'before-start',
  'too-far',
  'too-many-meetings',
  'invalid-rule',
  'not-in-series',
  'one-at-a-time',
  // Surveys: the questions' conditions and core items, and answering.
  'unknown-question',
  'not-earlier',
  'not-closed',
  'unknown-value',
  'core-type',
  'type-changed',
  'survey-closed',
  'token-used',
  'token-invalid',
  'invalid',
] as const;
export const FieldCodeSchema = z.enum(FIELD_CODES);
export type FieldCode = z.infer<typeof FieldCodeSchema>;

export const FieldIssueSchema = z.strictObject({
  code: FieldCodeSchema,
  /** The limit a `too-*` code refers to: characters, items or a number; megabytes for a file. */
  limit: z.number().optional(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** The one error shape of the API, for every 4xx and 5xx answer. */
export const ErrorSchema = z.strictObject({
  error: z.strictObject({
    code: ErrorCodeSchema,
    message: z.string(),
    /** English text per field path (`name.fi`, `goals.1`), for API clients and logs. */
    fields: z.record(z.string(), z.string()).optional(),
    /** The same fields as stable codes, for clients that show the text in their own language. */
    fieldIssues: z.record(z.string(), FieldIssueSchema).optional(),
  }),
});
export type ApiError = z.infer<typeof ErrorSchema>;

/**
 * The English text of the field codes whose text is fixed. Schemas and services write these, so
 * the code is found back from the text (`fieldCodeOfText`) wherever a message was given as text.
 */
export const FIELD_TEXT = {
  'not-an-email': 'must be an e-mail address',
  'not-a-link': 'must be an http:// or https:// link',
  'not-a-time-zone': 'must be an IANA time zone such as Europe/Helsinki',
  'not-a-path': 'must be a path on this site, starting with /',
  'not-a-date': 'must be a date YYYY-MM-DD',
  'not-a-time': 'must be a time HH:MM',
  'not-a-month': 'must be a month YYYY-MM',
  'not-a-slug': 'use lower-case letters, digits and single hyphens',
  'not-a-hashtag': 'must be # followed by letters, digits or _',
  'not-a-page-cursor': 'must be the `next` of a page',
  'one-language': 'give the text in at least one language',
  'given-twice': 'is given twice',
  'unknown-field': 'is not a known field',
  unstorable: UNSTORABLE_TEXT,
  'too-deep': TOO_DEEP,
  'consent-needed': 'consent is needed to send you e-mail',
  'consent-changed': 'the consent text has changed; reload the page',
  taken: 'is already taken',
  'wrong-setup-code': 'is not this installation’s setup code',
  'not-a-network': 'is not a network here',
  'not-in-network': 'is not a theme of this network',
  required: 'is required',
  'file-empty': 'is empty',
  'file-unreadable': 'could not be read',
  'unknown-question': 'is not a question of this survey',
  'not-earlier': 'must be a question that comes before this one',
  'not-closed': 'must be a question with choices or points',
  'unknown-value': 'is not an answer that question can have',
  'core-type': 'does not match the type of the core item',
  'type-changed': 'keeps its type once the survey has answers; give the new question another id',
  'survey-closed': 'this survey is not taking answers now',
  'token-used': 'this link has already been used to answer',
  'token-invalid': 'is not a link to this survey',
} as const satisfies Partial<Record<FieldCode, string>>;

const CODE_OF_TEXT = new Map<string, FieldCode>(
  Object.entries(FIELD_TEXT).map(([code, text]) => [text, code as FieldCode]),
);

/** The field code of a fixed English text, or `invalid` for text written elsewhere. */
export const fieldCodeOfText = (text: string): FieldCode => CODE_OF_TEXT.get(text) ?? 'invalid';

type IssueLike = {
  code: string;
  message?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  input?: unknown;
};

const SIZE_CODES: Record<string, [small: FieldCode, big: FieldCode]> = {
  string: ['too-short', 'too-long'],
  array: ['too-few', 'too-many'],
  set: ['too-few', 'too-many'],
};

// zod leaves the input out of its issues unless asked; its message says what it received.
const missing = (issue: IssueLike) =>
  ('input' in issue && issue.input === undefined) || /received undefined$/.test(issue.message ?? '');

/** A zod issue as a field issue: by its kind and limit, or by its fixed text for refinements. */
export function fieldIssueOf(issue: IssueLike): FieldIssue {
  const fixed = issue.message ? CODE_OF_TEXT.get(issue.message) : undefined;
  if (fixed) return { code: fixed };
  const [small, big] = SIZE_CODES[issue.origin ?? ''] ?? ['too-small', 'too-large'];
  switch (issue.code) {
    case 'too_small': {
      const limit = Number(issue.minimum);
      return small !== 'too-small' && limit <= 1 ? { code: 'required' } : { code: small, limit };
    }
    case 'too_big':
      return { code: big, limit: Number(issue.maximum) };
    case 'invalid_type':
      return { code: missing(issue) ? 'required' : 'invalid-type' };
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'not-an-email' : 'invalid-format' };
    case 'invalid_value':
      return { code: 'invalid-choice' };
    case 'invalid_union':
      return { code: 'invalid-type' };
    case 'unrecognized_keys':
      return { code: 'unknown-field' };
    default:
      return { code: 'invalid' };
  }
}

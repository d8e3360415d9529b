import type { z } from 'zod';
import type { ApiError, FieldIssue } from '#shared/errors.ts';
import { currentLanguage, translationIn } from './translation.tsx';

/** An API answer other than 2xx, carrying the server's `{error:{code,message,fields}}`. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  /** Per-field messages keyed by path, e.g. `name.fi` or `organisation.name`. */
  readonly fields: Record<string, string>;
  /** The server's stable code of each field's problem (`fieldIssues`), for a form that words one its own way. */
  readonly fieldCodes: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    fieldCodes: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.fieldCodes = fieldCodes;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  /** Sent as JSON; a `FormData` is sent as multipart/form-data (an upload). */
  body?: unknown;
  /**
   * Parses (and so checks) the answer, or `unchecked<T>()` reads it as T; without it the answer body
   * is ignored.
   */
  schema?: z.ZodType<T> | Unchecked<T>;
  signal?: AbortSignal;
  /** Upload progress as a fraction 0..1 (only for a `FormData` body; fetch cannot report it). */
  onUploadProgress?: (fraction: number) => void;
}

/** An answer's type, read without checking it again (see `unchecked`). */
export interface Unchecked<T> {
  readonly unchecked: true;
  /** Only for the type: never set. */
  readonly type?: T;
}

/**
 * Reads the answer as the type the server's contract gives, without a schema: the server has
 * already put the answer through it (its zod schemas check and serialise every answer). The public
 * pages' API calls read this way, so that zod is not in their JavaScript (docs/decisions/0021).
 */
export const unchecked = <T>(): Unchecked<T> => ({ unchecked: true });

/** How a request reaches the API: the browser's fetch, or the server renderer's in-process call. */
export type ApiTransport = (path: string, init: RequestInit) => Promise<Response>;

let transport: ApiTransport = (path, init) => fetch(path, init);

/** The server renderer answers the app's requests in-process (anonymously), without a network. */
export function setApiTransport(next: ApiTransport): void {
  transport = next;
}

/** What came back, whichever way it was sent. */
interface Answer {
  status: number;
  statusText: string;
  text: string;
}

/**
 * Calls the API with the session cookie: JSON in and out, or a multipart upload; throws
 * ApiRequestError on failure.
 */
export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', schema } = options;
  const answer = await send(path, method, options);
  if (answer.status < 200 || answer.status >= 300) throw parseApiError(answer);
  if (!schema) return undefined as T;
  const value = answer.status === 204 ? null : parseJson(answer.text);
  if ('unchecked' in schema) {
    if (value === null) throw unexpected(method, path, answer.status, 'not JSON');
    return value as T;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw unexpected(method, path, answer.status, parsed.error.issues);
  return parsed.data;
}

function unexpected(method: Method, path: string, status: number, why: unknown): ApiRequestError {
  console.error(`Unexpected answer from ${method} ${path}`, why);
  return new ApiRequestError(status, 'invalid-response', 'The server gave an unexpected answer.');
}

async function send(path: string, method: Method, options: RequestOptions<unknown>): Promise<Answer> {
  const { body, signal, onUploadProgress } = options;
  const upload = body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined && !upload) headers['content-type'] = 'application/json';
  const payload = body === undefined || upload ? body : JSON.stringify(body);
  if (upload && onUploadProgress)
    return sendWithProgress(path, method, headers, body, onUploadProgress, signal);
  try {
    const response = await transport(path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal,
    });
    return { status: response.status, statusText: response.statusText, text: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, 'network-error', error instanceof Error ? error.message : String(error));
  }
}

/** XMLHttpRequest, the one browser API that reports upload progress. */
function sendWithProgress(
  path: string,
  method: Method,
  headers: Record<string, string>,
  body: FormData,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiRequestError(0, 'network-error', 'The upload failed.'));
    xhr.onabort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => resolve({ status: xhr.status, statusText: xhr.statusText, text: xhr.responseText });
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The one reading of the server's error answer `{error:{code,message,fields}}`. */
function parseApiError(answer: Answer): ApiRequestError {
  const body = parseJson(answer.text) as Partial<ApiError> | null;
  // Read without zod (see `unchecked`); an answer without a code and message is not the server's.
  if (typeof body?.error?.code === 'string' && typeof body.error.message === 'string') {
    const { code, message, fields, fieldIssues } = body.error;
    const codes = Object.fromEntries(Object.entries(fieldIssues ?? {}).map(([path, i]) => [path, i.code]));
    return new ApiRequestError(answer.status, code, message, translatedFields(fields, fieldIssues), codes);
  }
  return new ApiRequestError(answer.status, `http-${answer.status}`, answer.statusText);
}

/** The server's field messages in the user's language, by their stable codes (English otherwise). */
export function translatedFields(
  fields: Record<string, string> = {},
  issues: Record<string, FieldIssue> = {},
): Record<string, string> {
  const translated = { ...fields };
  const language = currentLanguage();
  const { t } = translationIn(language);
  for (const [path, issue] of Object.entries(issues)) {
    // Text the server has no code for is English: kept for English readers, general otherwise.
    if (issue.code !== 'invalid' || !translated[path] || language !== 'en') {
      translated[path] = t(`fieldIssues.${issue.code}`, { limit: issue.limit });
    }
  }
  return translated;
}

/** Encodes one path segment. */
export const seg = (value: string) => encodeURIComponent(value);

/** The API path of a network's part, e.g. `networkApi('x', '/themes')` is `/api/networks/x/themes`. */
export const networkApi = (network: string, rest = '') => `/api/networks/${seg(network)}${rest}`;

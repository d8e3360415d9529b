import type { z } from 'zod';
import { ErrorSchema } from '#shared/common.ts';

/** An API answer other than 2xx, carrying the server's `{error:{code,message,fields}}`. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  /** Per-field messages keyed by path, e.g. `name.fi` or `organisation.name`. */
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** Parses (and so checks) the answer; without it the answer body is ignored. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

/** Calls the API with JSON in and out and the session cookie; throws ApiRequestError on failure. */
export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', body, schema, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  if (!schema) return undefined as T;
  const json: unknown = response.status === 204 ? null : await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error(`Unexpected answer from ${method} ${path}`, parsed.error.issues);
    throw new ApiRequestError(response.status, 'invalid_response', 'The server gave an unexpected answer.');
  }
  return parsed.data;
}

async function errorFrom(response: Response): Promise<ApiRequestError> {
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {}
  const parsed = ErrorSchema.safeParse(json);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiRequestError(response.status, code, message, fields);
  }
  return new ApiRequestError(response.status, `http_${response.status}`, response.statusText);
}

/** Encodes one path segment. */
export const seg = (value: string) => encodeURIComponent(value);

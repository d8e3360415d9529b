import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '#shared/errors.ts';
import type { Auth } from './better-auth.ts';

// Not copied: the body is serialised again, and the client's address is the one Fastify trusts.
const DROPPED_HEADERS = new Set(['content-length', 'x-forwarded-for']);

/**
 * Asks better-auth's fetch handler, as the Fastify request would, or with `target`'s method and
 * URL (an internal call made for a page of ours). The client's address is Fastify's `request.ip`.
 */
export async function callAuth(
  auth: Auth,
  request: FastifyRequest,
  target?: { method: 'GET'; url: string },
): Promise<Response> {
  const method = target?.method ?? request.method;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    if (target && name === 'content-type') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('x-forwarded-for', request.ip ?? '');
  const hasBody = method !== 'GET' && method !== 'HEAD' && request.body !== undefined;
  return auth.handler(
    new Request(new URL(target?.url ?? request.url, auth.options.baseURL as string), {
      method,
      headers,
      body: hasBody ? JSON.stringify(request.body) : undefined,
    }),
  );
}

/** Copies better-auth's cookies onto the reply. */
export function copyCookies(response: Response, reply: FastifyReply): void {
  const cookies = response.headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
}

/** Hands a Fastify request to better-auth and copies its answer back, errors in the API's shape. */
export async function forwardToAuth(auth: Auth, request: FastifyRequest, reply: FastifyReply) {
  const response = await callAuth(auth, request);
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && name !== 'content-length') reply.header(name, value);
  }
  copyCookies(response, reply);
  const text = await response.text();
  // Also when better-auth's answer has no body (a GET of a POST-only endpoint is an empty 404).
  if (response.status >= 400) return reply.type('application/json').send(toErrorShape(response.status, text));
  return reply.send(text || null);
}

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  413: 'too-large',
  429: 'rate-limited',
};

/**
 * better-auth answers `{ code, message }`; the API promises `{ error: { code, message } }` with one
 * of its own codes (better-auth's are not in the list), and keeps better-auth's message.
 */
function toErrorShape(status: number, text: string) {
  let body: { message?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {}
  return {
    error: {
      code: status >= 500 ? 'internal' : (CODE_OF_STATUS[status] ?? 'invalid-request'),
      message: typeof body.message === 'string' && body.message ? body.message : 'The request was refused.',
    },
  };
}

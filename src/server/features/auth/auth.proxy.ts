import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from './better-auth.ts';

/** Hands a Fastify request to better-auth's fetch handler and copies its answer back. */
export async function forwardToAuth(auth: Auth, request: FastifyRequest, reply: FastifyReply) {
  const url = new URL(request.url, auth.options.baseURL as string);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('x-forwarded-for', request.ip ?? '');
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  const response = await auth.handler(
    new Request(url, {
      method: request.method,
      headers,
      body: hasBody ? JSON.stringify(request.body) : undefined,
    }),
  );
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && name !== 'content-length') reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
  const text = await response.text();
  // Also when better-auth's answer has no body (a GET of a POST-only endpoint is an empty 404).
  if (response.status >= 400) return reply.type('application/json').send(toErrorShape(response.status, text));
  return reply.send(text || null);
}

/** better-auth answers `{ code, message }`; the API promises `{ error: { code, message } }`. */
function toErrorShape(status: number, text: string) {
  let body: { code?: string; message?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {}
  return {
    error: {
      code:
        body.code?.toLowerCase() ??
        (status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : 'invalid_request'),
      message: body.message ?? 'The request was refused.',
    },
  };
}

import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong validator for a rendered body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Sends a cached rendering, or 304 when the client already has it. */
export function sendRendered(
  request: FastifyRequest,
  reply: FastifyReply,
  rendered: { payload: Buffer; etag: string },
  headers: { contentType: string; cacheControl: string; extra?: Record<string, string> },
) {
  reply
    .header('etag', rendered.etag)
    .header('cache-control', headers.cacheControl)
    .headers(headers.extra ?? {});
  if (request.headers['if-none-match'] === rendered.etag) return reply.status(304).send();
  return reply.type(headers.contentType).send(rendered.payload);
}

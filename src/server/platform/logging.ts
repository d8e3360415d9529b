import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type LoggerOptions } from 'pino';

/**
 * The server's log keeps no personal data in clear (README, "Logs and retention"): e-mail
 * addresses lose their local part wherever they appear, clients' IP addresses are cut to their
 * network, request addresses lose their secrets and query values, and failed queries lose their
 * parameters. Free text, the part nobody can list in advance, is scrubbed as each line is written.
 */
export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): LoggerOptions & { stream?: DestinationStream } {
  return {
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], censor: REDACTED },
    serializers: { req: requestForLog, err: errorForLog },
    hooks: { streamWrite: scrubAddresses },
    ...(stream ? { stream } : {}),
  };
}

const REDACTED = '[redacted]';

// Not after a backslash, so a JSON escape such as \n before an address stays whole.
const EMAIL = /(?<![\\\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,})/gu;

/** `maija@kunta.fi` → `[redacted]@kunta.fi`: which organisation's mail, not whose. */
export const scrubAddresses = (line: string) => line.replace(EMAIL, `${REDACTED}@$1`);

/** The client's network, not its address: IPv4 to /24, IPv6 to /48. */
export function ipNetwork(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const v4 = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(ip)) return REDACTED;
  const [head = ''] = ip.split('::');
  const groups = head.split(':').filter(Boolean);
  return `${[...groups, '0', '0', '0'].slice(0, 3).join(':')}::/48`;
}

/** Route parameters by these names carry secrets (sign-in, confirmation, feed and invitation links). */
const SECRET_PARAM = /^(token|secret)$/i;
/** Pages of the web app whose address carries a secret; they have no server route of their own. */
const SECRET_PAGES = /^(\/invitations\/)[^/]+/;

/** The request's address without its secrets or query values: `/confirm/[redacted]?lang=[redacted]`. */
export function urlForLog(request: Pick<FastifyRequest, 'url' | 'params'>): string {
  const [path = '', query] = request.url.split('?', 2);
  let safe = path.replace(SECRET_PAGES, `$1${REDACTED}`);
  for (const [name, value] of Object.entries((request.params ?? {}) as Record<string, unknown>)) {
    if (!SECRET_PARAM.test(name) || typeof value !== 'string' || value === '') continue;
    safe = safe.replace(encodeURIComponent(value), REDACTED).replace(value, REDACTED);
  }
  if (query === undefined) return safe;
  const names = query.split('&').map((pair) => `${pair.split('=', 1)[0]}=${REDACTED}`);
  return `${safe}?${names.join('&')}`;
}

function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: urlForLog(request),
    host: request.host,
    remoteAddress: ipNetwork(request.ip),
  };
}

type QueryError = Error & { query?: unknown; params?: unknown; detail?: unknown; cause?: unknown };

/**
 * pino's error serializer, without what a failed query quotes: drizzle's "params: …" (in the
 * message and stack of every error in the chain) and PostgreSQL's "Key (email)=(…)" details.
 */
function errorForLog(error: QueryError) {
  const serialized = pino.stdSerializers.err(error) as ReturnType<typeof pino.stdSerializers.err> & {
    params?: unknown;
    detail?: unknown;
  };
  for (
    let e: unknown = error, depth = 0;
    e instanceof Error && depth < 10;
    e = (e as QueryError).cause, depth++
  ) {
    const { params } = e as QueryError;
    if (params === undefined) continue;
    const quoted = `\nparams: ${params}`;
    serialized.message = serialized.message.split(quoted).join(`\nparams: ${REDACTED}`);
    serialized.stack = serialized.stack.split(quoted).join(`\nparams: ${REDACTED}`);
  }
  if ('params' in serialized) serialized.params = REDACTED;
  if (typeof serialized.detail === 'string') serialized.detail = withoutValues(serialized.detail);
  return serialized;
}

/** `Key (email)=(maija@kunta.fi) already exists.` → `Key (email)=([redacted]) already exists.` */
const withoutValues = (detail: string) => detail.replace(/\)=\(.*?\)( |$)/g, `)=(${REDACTED})$1`);

/**
 * Baseline for the benchmarks: a bare node:http server answering each path with fixed bytes,
 * status and content type (the ones Verkosto returned), so the comparison isolates the app's own
 * cost. A POST's (or PUT's) JSON body is read and parsed before the answer, as the app must. Run
 * as a child process: PORT, HOST and RESPONSES_FILE (JSON: BareResponse[]) in the environment.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';

export type BareResponse = {
  /** Path and query string, matched exactly. */
  path: string;
  contentType: string;
  bodyBase64: string;
  /** HTTP status; 200 when absent. */
  status?: number;
  /** Further response headers sent as they are (e.g. etag, cache-control); none when absent. */
  headers?: Record<string, string>;
  /**
   * Only for requests whose If-None-Match header is exactly this value (a conditional variant of
   * the same path, e.g. a 304); without it, the response for every other request to the path.
   */
  ifNoneMatch?: string;
};

type Prepared = { status: number; headers: OutgoingHttpHeaders; body: Buffer | null };

/** Per path: the unconditional response and the conditional ones by If-None-Match value. */
const responses = new Map<string, { plain?: Prepared; byEtag: Map<string, Prepared> }>();

function prepare(r: BareResponse): Prepared {
  const status = r.status ?? 200;
  const body = Buffer.from(r.bodyBase64, 'base64');
  // 204 and 304 have no body (and so no content-type or content-length of their own).
  if (status === 204 || status === 304) return { status, headers: { ...r.headers }, body: null };
  return {
    status,
    headers: { ...r.headers, 'content-type': r.contentType, 'content-length': body.length },
    body,
  };
}

function add(r: BareResponse): void {
  const entry = responses.get(r.path) ?? { byEtag: new Map<string, Prepared>() };
  if (r.ifNoneMatch === undefined) entry.plain = prepare(r);
  else entry.byEtag.set(r.ifNoneMatch, prepare(r));
  responses.set(r.path, entry);
}

const file = process.env.RESPONSES_FILE;
if (!file) throw new Error('RESPONSES_FILE is not set');
for (const r of JSON.parse(readFileSync(file, 'utf8')) as BareResponse[]) add(r);
add({
  path: '/healthz',
  contentType: 'application/json; charset=utf-8',
  bodyBase64: Buffer.from('{"status":"ok"}').toString('base64'),
});

/** The answer for `request`: by path alone (a benchmark may vary the query to get past the app's page cache). */
function answer(request: IncomingMessage, response: ServerResponse): void {
  const entry = responses.get((request.url ?? '').split('?')[0] ?? '');
  const etag = request.headers['if-none-match'];
  const found = (etag === undefined ? undefined : entry?.byEtag.get(etag)) ?? entry?.plain;
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(found.status, found.headers);
  if (found.body) response.end(found.body);
  else response.end();
}

/** A request with a body (a POST of JSON) is read and parsed first, as the app must; bad JSON is a 400. */
function withJsonBody(request: IncomingMessage, response: ServerResponse): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      response.writeHead(400).end();
      return;
    }
    answer(request, response);
  });
}

const server = createServer((request, response) => {
  if (request.method === 'POST' || request.method === 'PUT') withJsonBody(request, response);
  else answer(request, response);
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

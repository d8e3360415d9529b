/**
 * Baseline for the http benchmark: a bare node:http server answering each path with fixed bytes
 * and content type (the ones Verkosto returned), so the comparison isolates the app's own cost.
 * Run as a child process: PORT, HOST and RESPONSES_FILE (JSON: BareResponse[]) in the environment.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export type BareResponse = { path: string; contentType: string; bodyBase64: string };

const responses = new Map<string, { contentType: string; body: Buffer }>();
const file = process.env.RESPONSES_FILE;
if (!file) throw new Error('RESPONSES_FILE is not set');
for (const r of JSON.parse(readFileSync(file, 'utf8')) as BareResponse[]) {
  responses.set(r.path, { contentType: r.contentType, body: Buffer.from(r.bodyBase64, 'base64') });
}
responses.set('/healthz', {
  contentType: 'application/json; charset=utf-8',
  body: Buffer.from('{"status":"ok"}'),
});

const server = createServer((request, response) => {
  const found = responses.get(request.url ?? '');
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': found.contentType, 'content-length': found.body.length });
  response.end(found.body);
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

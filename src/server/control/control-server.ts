import { randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { writeBackup } from '#server/backup/backup.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { ControlAddress } from '#server/db/data-dir-lock.ts';
import { EmailSchema } from '#shared/common.ts';
import { sliceText } from '#shared/storable.ts';
import { addAdmin, addDemoNetwork, migrate } from './operations.ts';

export type ControlServer = { address: ControlAddress; close(): Promise<void> };

type Handler = (body: Record<string, unknown>, response: ServerResponse) => Promise<unknown>;

/**
 * Lets the CLI act on a PGlite installation while this process holds it (ADR 0009): a listener
 * on 127.0.0.1 only, on a port the system picks, answering only these commands, and only to a
 * caller that shows the random token written in the 0600 lock file.
 */
export async function startControlServer(options: {
  database: Database;
  config: Config;
  log: FastifyBaseLogger;
}): Promise<ControlServer> {
  const { database, config, log } = options;
  const token = randomBytes(32).toString('base64url');
  const handlers: Record<string, Handler> = {
    'POST /admin': async (body) => {
      const email = EmailSchema.safeParse(body.email);
      if (!email.success) throw new ControlError(400, 'expected: verkosto admin add EMAIL');
      const operator = typeof body.operator === 'string' ? sliceText(body.operator, 100) : 'unknown';
      return { message: await addAdmin(database, email.data, operator) };
    },
    'POST /demo': async () => ({ message: await addDemoNetwork(database) }),
    'POST /migrate': async () => ({ migration: await migrate(database) }),
    'POST /backup': async (_body, response) => {
      response.writeHead(200, { 'content-type': 'application/gzip' });
      const secret = { secret: config.SESSION_SECRET, from: config.sessionSecretFrom };
      const started = Date.now();
      const summary = await writeBackup(database, response, secret);
      log.info({ ...summary, ms: Date.now() - started }, 'backup written through the control channel');
      return undefined;
    },
  };
  const server = createServer((request, response) => {
    handle(request, response, token, handlers).catch((error: Error) => {
      const status = error instanceof ControlError ? error.status : 500;
      if (status === 500) log.error({ err: error }, 'control command failed');
      if (response.headersSent) return void response.destroy(error);
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: error.message }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    address: { port, token },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

class ControlError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  token: string,
  handlers: Record<string, Handler>,
) {
  const shown = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  if (shown.length !== expected.length || !timingSafeEqual(shown, expected)) {
    throw new ControlError(401, 'not authorised');
  }
  const handler = handlers[`${request.method} ${request.url}`];
  if (!handler) throw new ControlError(404, 'no such command');
  const result = await handler(await readBody(request), response);
  if (result === undefined) return;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(result));
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 4096) throw new ControlError(413, 'too large');
  }
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new ControlError(400, 'not JSON');
  }
}

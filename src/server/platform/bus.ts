import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Database } from '#server/db/client.ts';

type Handler = (payload: string) => void;

/**
 * Messages between instances through PostgreSQL LISTEN/NOTIFY (inside PGlite too). Subscribers
 * also hear `reconnected`: notifications sent while the connection was down are lost, so caches
 * must forget everything then.
 */
export interface Bus {
  publish(channel: string, payload: string): Promise<void>;
  subscribe(channel: string, handler: Handler, reconnected?: () => void): Promise<void>;
  close(): Promise<void>;
}

export function createBus(database: Database, log: FastifyBaseLogger): Bus {
  if (database.kind === 'pglite') {
    const stops: Array<() => Promise<void>> = [];
    return {
      publish: async (channel, payload) =>
        void (await database.pglite.query('SELECT pg_notify($1, $2)', [channel, payload])),
      subscribe: async (channel, handler) => void stops.push(await database.pglite.listen(channel, handler)),
      close: async () => void (await Promise.all(stops.map((stop) => stop()))),
    };
  }
  return createPostgresBus(database.url, database.pool, log);
}

const RETRY_MS = 1000;

function createPostgresBus(url: string, pool: pg.Pool, log: FastifyBaseLogger): Bus {
  const handlers = new Map<string, Handler[]>();
  const onReconnect: Array<() => void> = [];
  let client: pg.Client | null = null;
  let closed = false;

  // One dedicated connection listens; it is re-opened, and every channel re-joined, if it drops.
  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (n) => {
      for (const handler of handlers.get(n.channel) ?? []) handler(n.payload ?? '');
    });
    next.on('error', (err) => {
      log.warn({ err }, 'bus connection lost; reconnecting');
      void next.end().catch(() => {});
      if (client === next) client = null;
      if (!closed) setTimeout(() => void reconnect(), RETRY_MS).unref();
    });
    await next.connect();
    for (const channel of handlers.keys()) await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return next;
  }

  async function reconnect() {
    try {
      client = await connect();
      for (const callback of onReconnect) callback();
    } catch (err) {
      log.warn({ err }, 'bus reconnect failed; retrying');
      if (!closed) setTimeout(() => void reconnect(), RETRY_MS).unref();
    }
  }

  let ready: Promise<pg.Client> | null = null;
  return {
    publish: async (channel, payload) =>
      void (await pool.query('SELECT pg_notify($1, $2)', [channel, payload])),
    subscribe: async (channel, handler, reconnected) => {
      ready ??= connect().then((c) => (client = c));
      await ready;
      if (!handlers.has(channel)) await client?.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
      if (reconnected) onReconnect.push(reconnected);
    },
    close: async () => {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

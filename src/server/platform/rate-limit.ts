import { createHmac } from 'node:crypto';
import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import { lte, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '#server/db/client.ts';
import { rateLimitCounters as counters } from './rate-limit.tables.ts';

const SWEEP_EVERY_MS = 5 * 60_000;

/** The client a per-IP limit counts: its address, and for IPv6 its /64 (one household or office). */
export function clientKey(request: FastifyRequest): string {
  // Injected WebSocket requests have no socket address.
  return request.ip ? normalizeIP(request.ip, 64) : 'unknown';
}

/** A key generator for limits set up outside a route's config, which must name themselves. */
export const perClient = (name: string) => (request: FastifyRequest) => `${name}:${clientKey(request)}`;

export type Limits = {
  /** Counts a hit on `key` and says whether it went past `max` in the current window. */
  exceeded(key: string, max: number, windowMs: number): Promise<boolean>;
};

/**
 * Counts a hit in the database, so every instance shares the count; a window that has ended
 * starts over. The database's clock decides, so instances with skewed clocks still agree.
 */
async function countHit(db: Db, key: string, windowMs: number): Promise<{ hits: number; ttl: number }> {
  const stale = sql`${counters.resetsAt} <= now()`;
  const [row] = await db
    .insert(counters)
    .values({ key, hits: 1, resetsAt: sql`now() + ${windowMs}::int * interval '1 millisecond'` })
    .onConflictDoUpdate({
      target: counters.key,
      set: {
        hits: sql`CASE WHEN ${stale} THEN 1 ELSE ${counters.hits} + 1 END`,
        resetsAt: sql`CASE WHEN ${stale} THEN excluded.resets_at ELSE ${counters.resetsAt} END`,
      },
    })
    .returning({
      hits: counters.hits,
      ttl: sql<number>`greatest(0, ceil(extract(epoch FROM ${counters.resetsAt} - now()) * 1000))::int`,
    });
  return row ?? { hits: 1, ttl: windowMs };
}

/** Removes counters whose window has ended. */
export async function removeExpiredCounters(db: Db): Promise<void> {
  await db.delete(counters).where(lte(counters.resetsAt, sql`now()`));
}

type RouteInfo = { method?: string | string[]; url?: string };

/**
 * A store for @fastify/rate-limit in the database. A route's limit counts under the route's
 * method and URL; keys are kept as HMACs, so the table holds no e-mail or IP address.
 */
function databaseStore(db: Db, hash: (key: string) => string) {
  return class DatabaseStore {
    readonly prefix: string;
    constructor(_options: unknown, prefix = '') {
      this.prefix = prefix;
    }
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      windowMs: number,
    ) {
      countHit(db, hash(this.prefix + key), windowMs).then(
        ({ hits, ttl }) => callback(null, { current: hits, ttl }),
        (error: Error) => callback(error),
      );
    }
    // Given the route's merged limit options, with the route under `routeInfo` (not as typed).
    child(options: object) {
      const { method, url } = (options as { routeInfo?: RouteInfo }).routeInfo ?? {};
      return new DatabaseStore(undefined, url ? `${[method].flat().join(',')} ${url} ` : '');
    }
  };
}

/**
 * @fastify/rate-limit with its counters in the database, so every instance shares every limit
 * (no global limit: routes declare theirs), and `app.limits` for counts that do not refuse.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance) => {
    const { db } = app;
    const secret = app.config.SESSION_SECRET;
    const hash = (key: string) => createHmac('sha256', secret).update(key).digest('base64url');
    await app.register(fastifyRateLimit, {
      global: false,
      store: databaseStore(db, hash),
      keyGenerator: clientKey,
    });
    const limits: Limits = {
      exceeded: async (key, max, windowMs) => (await countHit(db, hash(`count ${key}`), windowMs)).hits > max,
    };
    app.decorate('limits', limits);

    const sweep = setInterval(() => {
      removeExpiredCounters(db).catch((error) =>
        app.log.warn({ err: error }, 'could not remove expired rate-limit counters'),
      );
    }, SWEEP_EVERY_MS).unref();
    app.addHook('onClose', async () => clearInterval(sweep));
  },
  { name: 'rate-limit' },
);

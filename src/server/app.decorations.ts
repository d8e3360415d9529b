// How the application object looks to every module: what app.ts decorates Fastify with.

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Database, Db } from '#server/db/client.ts';
import type { Auth } from '#server/features/auth/better-auth.ts';
import type { EventsCache } from '#server/features/events/events.cache.ts';
import type { LiveHub } from '#server/features/live/live.hub.ts';
import type { NetworkCache } from '#server/features/networks/networks.cache.ts';
import type { Actor } from './platform/actor.types.ts';
import type { Bus } from './platform/bus.ts';
import type { Jobs } from './platform/jobs.ts';
import type { Mailer } from './platform/mail.ts';
import type { Limits } from './platform/rate-limit.ts';
import type { WebPageOptions } from './web.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
    mailer: Mailer;
    auth: Auth;
    bus: Bus;
    networkCache: NetworkCache;
    eventsCache: EventsCache;
    liveHub: LiveHub;
    jobs: Jobs;
    limits: Limits;
    /** Answers with the web page for the request's address (src/shared/routes.ts), e.g. a link's page. */
    sendWebPage(
      request: FastifyRequest,
      reply: FastifyReply,
      options?: WebPageOptions,
    ): Promise<FastifyReply>;
  }
  interface FastifyRequest {
    /** The signed-in person, or null for a visitor; looked up once per request. */
    actor(): Promise<Actor | null>;
    /** The signed-in person; a visitor gets 401. */
    requireActor(): Promise<Actor>;
  }
}

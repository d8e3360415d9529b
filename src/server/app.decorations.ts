// How the application object looks to every module: what app.ts decorates Fastify with.
import type { Config } from '#server/config.ts';
import type { Database, Db } from '#server/db/client.ts';
import type { Auth } from '#server/features/auth/better-auth.ts';
import type { EventsCache } from '#server/features/events/events.cache.ts';
import type { LiveHub } from '#server/features/live/live.hub.ts';
import type { NetworkCache } from '#server/features/networks/networks.cache.ts';
import type { PageCache } from './pages/page-cache.ts';
import type { SendWebPage } from './pages/web-pages.ts';
import type { Actor } from './platform/actor.types.ts';
import type { Bus } from './platform/bus.ts';
import type { Jobs } from './platform/jobs.ts';
import type { Mailer } from './platform/mail.ts';
import type { Limits } from './platform/rate-limit.ts';

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
    /** Server-rendered public pages (src/server/pages/page-cache.ts). */
    pageCache: PageCache;
    /**
     * Answers with the web page for request.url: server-rendered (and cached) where public, else
     * the bare app; `status` replaces the page's own, e.g. for a join link that has not opened.
     */
    sendWebPage: SendWebPage;
  }
  interface FastifyRequest {
    /** The signed-in person, or null for a visitor; looked up once per request. */
    actor(): Promise<Actor | null>;
    /** The signed-in person; a visitor gets 401. */
    requireActor(): Promise<Actor>;
  }
}

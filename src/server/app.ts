import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { MAX_MATERIAL_BYTES } from '#shared/events.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { auditRecorder } from './features/audit/audit.recorder.ts';
import { auditAdminRoutes, auditNetworkRoutes } from './features/audit/audit.routes.ts';
import { startAuditRetention } from './features/audit/audit.service.ts';
import { actorPlugin } from './features/auth/auth.actor.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { createAuth } from './features/auth/better-auth.ts';
import { signInLinkRoutes } from './features/auth/sign-in-link.routes.ts';
import { createEventsCache } from './features/events/events.cache.ts';
import { eventsPublicRoutes } from './features/events/events.public.routes.ts';
import { eventsRoutes } from './features/events/events.routes.ts';
import { materialsRoutes } from './features/events/materials.routes.ts';
import { installationRoutes } from './features/installation/installation.routes.ts';
import { createLiveHub } from './features/live/live.hub.ts';
import { LIVE_SOCKET_OPTIONS, liveRoutes, liveSocketError } from './features/live/live.routes.ts';
import { createNetworkCache } from './features/networks/networks.cache.ts';
import { networkScopedRoutes, networksRoutes } from './features/networks/networks.routes.ts';
import { startCampaignWorker } from './features/outreach/campaign-runner.ts';
import { outreachPublicRoutes } from './features/outreach/outreach.public.routes.ts';
import { outreachRoutes } from './features/outreach/outreach.routes.ts';
import { peopleRoutes } from './features/people/people.routes.ts';
import { startProfile } from './features/people/people.service.ts';
import { changesRoutes } from './features/surveys/changes.routes.ts';
import { surveysPublicRoutes } from './features/surveys/surveys.public.routes.ts';
import { surveysRoutes } from './features/surveys/surveys.routes.ts';
import { API_DOCS_CSS } from './platform/api-docs.ts';
import { createBus } from './platform/bus.ts';
import { compressionPlugin } from './platform/compression.ts';
import { languageChoiceRoutes } from './platform/language-choice.routes.ts';
import './app.decorations.ts';
import { networkScoped } from './features/networks/networks.context.ts';
import { csrfPlugin } from './platform/csrf.ts';
import { frameworkErrors, registerErrorHandling } from './platform/errors.ts';
import { etagOf } from './platform/etag.ts';
import { createHealthCheck } from './platform/health.ts';
import { inputGuardPlugin } from './platform/input-guard.ts';
import { type Jobs, startJobs } from './platform/jobs.ts';
import { loggerOptions } from './platform/logging.ts';
import { createMailer, type Mailer } from './platform/mail.ts';
import { markdownRoutes } from './platform/markdown.routes.ts';
import { completeAnswers, OPENAPI_INFO, shareErrorSchema } from './platform/openapi.ts';
import { rateLimitPlugin } from './platform/rate-limit.ts';
import { securityHeadersPlugin } from './platform/security-headers.ts';
import { webPlugin } from './web.ts';

/**
 * A client that drips its request (a slow-loris body) is cut off with 408 once the time is up.
 * Node checks the clock every `connectionsCheckingInterval`: a quarter of the timeout, at most 30 s.
 */
function serverTimeouts(config: Config) {
  const requestTimeout = config.REQUEST_TIMEOUT_SECONDS * 1000;
  const headersTimeout = config.HEADERS_TIMEOUT_SECONDS * 1000;
  const connectionsCheckingInterval = Math.min(30_000, requestTimeout / 4);
  return { requestTimeout, http: { requestTimeout, headersTimeout, connectionsCheckingInterval } };
}

export type AppOptions = {
  config: Config;
  database: Database;
  mailer?: Mailer;
  /** Where log lines go instead of standard output (tests read them). */
  logStream?: DestinationStream;
};

/** Builds the whole application without listening, so tests can `inject` into it. */
export async function buildApp({
  config,
  database,
  mailer,
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, logStream),
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 256 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    ...serverTimeouts(config),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const { mail, bus, liveHub, jobs } = await decorateServices(app, config, database, mailer);
  const stopping = new AbortController();

  await registerRequestPlugins(app, config);

  // Platform: who is asking, CSRF, and the audit log of every write.
  await app.register(actorPlugin);
  await app.register(csrfPlugin);
  await app.register(auditRecorder);

  await registerFeatureRoutes(app);

  await registerUnscopedPages(app, config, database);

  await startWorkers(config, database, { jobs, mailer: mail, log: app.log }, stopping.signal);

  app.addHook('onClose', async () => {
    // Campaigns stop between two messages; their jobs are retried, here or on another instance.
    stopping.abort();
    await jobs.stop({ graceful: true, timeout: 15_000 });
    mail.close();
    await liveHub.close();
    await bus.close();
  });
  return app;
}

/** The shared services every feature reads from the instance (declared in app.decorations.ts). */
async function decorateServices(app: FastifyInstance, config: Config, database: Database, mailer?: Mailer) {
  const mail =
    mailer ??
    createMailer({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      dkim: config.DKIM,
      dataDir: config.DATA_DIR,
      publicUrl: config.PUBLIC_URL,
      log: app.log,
    });
  app.decorate('config', config);
  app.decorate<Database>('database', database);
  app.decorate('db', database.db);
  app.decorate('mailer', mail);
  app.decorate(
    'auth',
    createAuth({ db: database.db, config, mailer: mail, log: app.log, onUserCreated: startProfile }),
  );
  const bus = createBus(database, app.log);
  app.decorate('bus', bus);
  app.decorate('networkCache', await createNetworkCache(database.db, bus));
  app.decorate('eventsCache', await createEventsCache(bus, etagOf));
  const liveHub = await createLiveHub(database.db, bus, app.log);
  app.decorate('liveHub', liveHub);
  const jobs = await startJobs(database, (error) => app.log.error({ err: error }, 'job queue error'));
  app.decorate('jobs', jobs);
  return { mail, bus, liveHub, jobs };
}

/** Third-party and request-level plugins, before the actor is known. */
async function registerRequestPlugins(app: FastifyInstance, config: Config) {
  await app.register(inputGuardPlugin);
  // Before every route and the static files, whose hooks it must wrap.
  await app.register(compressionPlugin);
  await app.register(securityHeadersPlugin, { https: config.PUBLIC_URL.startsWith('https:') });
  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, {
    options: LIVE_SOCKET_OPTIONS,
    errorHandler: liveSocketError,
    // 1001 "going away": clients reconnect (to another instance) and resume where they were.
    preClose(done) {
      for (const client of app.websocketServer.clients) client.close(1001, 'server restarting');
      app.websocketServer.close(() => done());
    },
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_MATERIAL_BYTES, files: 1, fields: 5, parts: 6 },
  });
  await app.register(rateLimitPlugin);
  await app.register(fastifySwagger, {
    openapi: OPENAPI_INFO,
    transform: jsonSchemaTransform,
    transformObject: shareErrorSchema,
  });
  completeAnswers(app);
}

/** Every feature's API routes; network-scoped ones resolve the network once. */
async function registerFeatureRoutes(app: FastifyInstance) {
  await app.register(authRoutes);
  await app.register(auditAdminRoutes);
  await app.register(installationRoutes);
  await app.register(signInLinkRoutes);
  await app.register(peopleRoutes);
  await app.register(networksRoutes);
  await app.register(
    networkScoped(async (scoped) => {
      await scoped.register(networkScopedRoutes);
      await scoped.register(eventsRoutes);
      await scoped.register(materialsRoutes);
      await scoped.register(liveRoutes);
      await scoped.register(outreachRoutes);
      await scoped.register(surveysRoutes);
      await scoped.register(changesRoutes);
      await scoped.register(auditNetworkRoutes);
    }),
    { prefix: '/api/networks/:network' },
  );
}

/** Health, the API document and reference, public pages, and the web app last (it answers every other path). */
async function registerUnscopedPages(app: FastifyInstance, config: Config, database: Database) {
  const health = createHealthCheck({
    database,
    dataDir: config.DATA_DIR,
    minFreeMb: config.HEALTHZ_MIN_FREE_MB,
    timeoutMs: config.HEALTHZ_TIMEOUT_MS,
    log: app.log,
  });
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const answer = await health();
    return reply.status(answer.status === 'ok' ? 200 : 503).send(answer);
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // Swagger UI's page loads only its own script files, so the strict CSP of every page holds.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    theme: { title: 'Verkosto API', css: [{ filename: 'verkosto.css', content: API_DOCS_CSS }] },
    // Deep links put a link inside each operation's button, which assistive technology cannot reach.
    uiConfig: { deepLinking: false, validatorUrl: null },
  });
  await app.register(eventsPublicRoutes);
  await app.register(markdownRoutes);
  await app.register(outreachPublicRoutes);
  await app.register(surveysPublicRoutes);
  await app.register(languageChoiceRoutes);
  await app.register(webPlugin);
}

/** Scheduled and queued work: campaign sending and the audit log's retention. */
async function startWorkers(
  config: Config,
  database: Database,
  { jobs, mailer, log }: { jobs: Jobs; mailer: Mailer; log: FastifyBaseLogger },
  signal: AbortSignal,
) {
  await startCampaignWorker({
    db: database.db,
    jobs,
    mailer,
    log,
    publicUrl: config.PUBLIC_URL,
    secret: config.SESSION_SECRET,
    messagesPerMinute: config.OUTREACH_MESSAGES_PER_MINUTE,
    claimSeconds: config.OUTREACH_CLAIM_SECONDS,
    signal,
  });
  await startAuditRetention({
    db: database.db,
    jobs,
    retentionDays: config.AUDIT_RETENTION_DAYS,
    log,
  });
}

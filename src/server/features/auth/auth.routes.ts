import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '#server/platform/errors.ts';
import { answers, NoContent } from '#server/platform/openapi.ts';
import {
  MagicLinkRequestSchema,
  MagicLinkSentSchema,
  OidcRedirectSchema,
  OidcSignInSchema,
  SetupClaimSchema,
  SignedOutSchema,
  SignInLinkSchema,
} from '#shared/auth.ts';
import { AddAdminSchema, AdminListSchema, AdminSchema, SessionSchema } from '#shared/people.ts';
import { can } from './auth.policy.ts';
import { forwardToAuth } from './auth.proxy.ts';
import { findPendingSignIn, listInstallationAdmins } from './auth.queries.ts';
import { announceSetup, claimInstallation, getSessionView, makeAdmin } from './auth.service.ts';
import { magicLinkIdentifier, OIDC_PROVIDER_ID, SIGN_IN_WINDOW_MS } from './better-auth.ts';

const tags = ['auth'];

type App = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Only the parts of better-auth the app uses: asking for a link, signing out and organisation
 * sign-in. Everything else better-auth offers (update-user, get-session, list-sessions …) is 404.
 */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  signInRoutes(app);
  if (app.config.OIDC_ISSUER) organisationSignInRoutes(app);
  sessionRoute(app);
  setupRoutes(app);
  adminRoutes(app);
};

const signingIn = { none: 'a person signs in or out themselves' };
/** The rate limit of the routes that start a sign-in, per client address. */
const signInLimit = (app: App) => ({
  rateLimit: { max: app.config.SIGN_IN_PER_IP, timeWindow: SIGN_IN_WINDOW_MS },
});
/** A handler that leaves the request to better-auth. */
const forwardingToAuth = (app: App) => (request: FastifyRequest, reply: FastifyReply) =>
  forwardToAuth(app.auth, request, reply);

/** Whom an e-mailed sign-in link signs in, for the page it opens; 404 once used or expired. */
function signInLinkRoute(app: App) {
  const schema = {
    operationId: 'getSignInLink',
    params: z.object({ token: z.string().min(1).max(200) }),
    response: answers({ 200: SignInLinkSchema }, 404),
    tags,
  };
  app.get('/api/auth/sign-in-links/:token', { schema, config: signInLimit(app) }, async (request) => {
    const email = await findPendingSignIn(app.db, magicLinkIdentifier(request.params.token));
    if (!email) throw new NotFound('The sign-in link');
    return { email };
  });
}

/** Asking for an e-mailed sign-in link, and signing out. */
function signInRoutes(app: App) {
  const perIp = signInLimit(app);
  const toAuth = forwardingToAuth(app);
  signInLinkRoute(app);
  app.post(
    '/api/auth/sign-in/magic-link',
    {
      schema: {
        operationId: 'requestSignInLink',
        body: MagicLinkRequestSchema,
        response: answers({ 200: MagicLinkSentSchema }),
        tags,
      },
      config: { ...perIp, audit: signingIn },
    },
    async (request, reply) => {
      // Past the limit the answer stays the same but no mail goes out: nobody can lock a person
      // out by asking for their links, and one inbox cannot be flooded.
      const key = `sign-in-mail ${request.body.email}`;
      if (await app.limits.exceeded(key, app.config.SIGN_IN_MAILS_PER_ADDRESS, SIGN_IN_WINDOW_MS)) {
        return { status: true };
      }
      return toAuth(request, reply);
    },
  );
  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        operationId: 'signOut',
        body: z.strictObject({}).optional(),
        response: answers({ 200: SignedOutSchema }),
        tags,
      },
      config: { audit: signingIn },
    },
    toAuth,
  );
}

/** Signing in with the organisation's identity provider (OIDC), when one is configured. */
function organisationSignInRoutes(app: App) {
  const perIp = signInLimit(app);
  const toAuth = forwardingToAuth(app);
  app.post(
    '/api/auth/sign-in/social',
    {
      schema: {
        operationId: 'startOidcSignIn',
        body: OidcSignInSchema,
        response: answers({ 200: OidcRedirectSchema }),
        tags,
      },
      config: { ...perIp, audit: signingIn },
    },
    toAuth,
  );
  app.get(`/api/auth/callback/${OIDC_PROVIDER_ID}`, { schema: { hide: true }, config: perIp }, toAuth);
}

/** Who is signed in, whether the installation has an admin yet, and the organisation sign-in on offer. */
function sessionRoute(app: App) {
  const session = { operationId: 'getSession', response: answers({ 200: SessionSchema }), tags };
  app.get('/api/session', { schema: session }, async (request) =>
    getSessionView(app.db, app.config, await request.actor()),
  );
}

/** First run: the setup code, logged at every start while nobody is admin, makes the first admin. */
function setupRoutes(app: App) {
  app.post(
    '/api/setup',
    {
      schema: {
        operationId: 'claimInstallation',
        body: SetupClaimSchema,
        response: answers({ 204: NoContent }, 401, 409),
        tags: ['admin'],
      },
      config: { rateLimit: { max: 10, timeWindow: SIGN_IN_WINDOW_MS }, audit: { action: 'admin.setup' } },
    },
    async (request, reply) => {
      const actor = await request.requireActor();
      await claimInstallation(app.db, app.config.SESSION_SECRET, actor, request.body.code);
      request.audited({ actedAs: 'admin', targetId: actor.userId });
      return reply.status(204).send(null);
    },
  );
  app.addHook('onReady', () => announceSetup(app.db, app.config, app.log));
}

/** Installation admins: listing them and adding one. */
function adminRoutes(app: App) {
  app.get(
    '/api/admin/admins',
    {
      schema: {
        operationId: 'listAdmins',
        response: answers({ 200: AdminListSchema }, 401, 403),
        tags: ['admin'],
      },
    },
    async (request) => {
      can(await request.requireActor(), 'manage-installation');
      return { admins: await listInstallationAdmins(app.db) };
    },
  );

  app.post(
    '/api/admin/admins',
    {
      schema: {
        operationId: 'addAdmin',
        body: AddAdminSchema,
        response: answers({ 201: AdminSchema }, 401, 403, 404),
        tags: ['admin'],
      },
      config: { audit: { action: 'admin.add' } },
    },
    async (request, reply) => {
      can(await request.requireActor(), 'manage-installation');
      const admin = await makeAdmin(app.db, request.body.email, { createUser: false });
      if (!admin) throw new NotFound('A person with this e-mail (they must sign in once first)');
      request.audited({ targetId: admin.userId });
      return reply.status(201).send(admin);
    },
  );
}

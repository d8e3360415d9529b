import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '#server/platform/errors.ts';
import { MagicLinkRequestSchema } from '#shared/auth.ts';
import { AddAdminSchema, AdminSchema, SessionSchema } from '#shared/people.ts';
import { can } from './auth.policy.ts';
import { forwardToAuth } from './auth.proxy.ts';
import { listInstallationAdmins } from './auth.queries.ts';
import { getSessionView, makeAdmin } from './auth.service.ts';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  // better-auth limits each IP; this limits each address, so nobody can flood one inbox.
  const perAddress = app.rateLimit({
    max: 5,
    timeWindow: FIFTEEN_MINUTES,
    keyGenerator: (request) => `magic-link:${(request.body as { email?: string } | undefined)?.email ?? ''}`,
  });

  const signingIn = { none: 'a person signs in or out themselves' };
  app.post(
    '/api/auth/sign-in/magic-link',
    {
      schema: { body: MagicLinkRequestSchema, tags: ['auth'] },
      preHandler: perAddress,
      config: { audit: signingIn },
    },
    (request, reply) => forwardToAuth(app.auth, request, reply),
  );
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { audit: signingIn },
    handler: (request, reply) => forwardToAuth(app.auth, request, reply),
  });

  app.get('/api/session', { schema: { response: { 200: SessionSchema }, tags: ['auth'] } }, async (request) =>
    getSessionView(app, await request.actor()),
  );

  app.get(
    '/api/admin/admins',
    { schema: { response: { 200: z.object({ admins: z.array(AdminSchema) }) }, tags: ['admin'] } },
    async (request) => {
      can(await request.requireActor(), 'manage-installation');
      return { admins: await listInstallationAdmins(app.db) };
    },
  );

  app.post(
    '/api/admin/admins',
    {
      schema: { body: AddAdminSchema, response: { 201: AdminSchema }, tags: ['admin'] },
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
};

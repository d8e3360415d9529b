import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answers } from '#server/platform/openapi.ts';
import { InterestFormInfoSchema, InterestFormSchema, InterestSubmittedSchema } from '#shared/outreach.ts';
import { outreachCampaignRoutes, outreachSendingRoutes } from './outreach.campaigns.routes.ts';
import { outreachImportRoutes } from './outreach.imports.routes.ts';
import {
  eraseSubscriberRoute,
  outreachListRoutes,
  outreachSubscriberRoutes,
} from './outreach.lists.routes.ts';
import { authorizeOutreach as authorize } from './outreach.policy.ts';
import * as outreach from './outreach.service.ts';

const tags = ['outreach'];

/** The public interest form and organisers' outreach, under /api/networks/:network. */
export const outreachRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: outreach.OutreachDeps = {
    db: app.db,
    jobs: app.jobs,
    mailer: app.mailer,
    limits: app.limits,
    publicUrl: app.config.PUBLIC_URL,
    secret: app.config.SESSION_SECRET,
  };

  // --- The public interest form ------------------------------------------------------------

  const form = { operationId: 'getInterestForm', response: answers({ 200: InterestFormInfoSchema }), tags };
  app.get('/interest', { schema: form }, async (request) => {
    await authorize(request, 'read-interest-form');
    return outreach.interestForm(app.db, request.network);
  });

  app.post(
    '/interest',
    {
      schema: {
        operationId: 'signUp',
        body: InterestFormSchema,
        response: answers({ 202: InterestSubmittedSchema }),
        tags,
      },
      // Generous: after a meeting, several people in one office may fill it in at once.
      config: {
        rateLimit: { max: 30, timeWindow: 60_000 },
        audit: { none: 'a visitor asks to be told about the network' },
      },
    },
    async (request, reply) => {
      await authorize(request, 'sign-up');
      await outreach.signUp(deps, request.network, request.body);
      // The same answer whether or not the address was already there: nobody learns who is.
      return reply.status(202).send({ status: 'check-your-email' });
    },
  );

  await app.register(outreachListRoutes);
  await app.register(outreachSubscriberRoutes(deps));
  await app.register(eraseSubscriberRoute);
  await app.register(outreachImportRoutes);
  await app.register(outreachCampaignRoutes(deps));
  await app.register(outreachSendingRoutes(deps));
};

import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '#server/platform/errors.ts';
import { answers } from '#server/platform/openapi.ts';
import {
  ConfirmationSchema,
  InterestFormInfoSchema,
  InterestFormSchema,
  InterestSubmittedSchema,
  UnsubscriptionSchema,
} from '#shared/outreach.ts';
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

/** What outreach's work needs from the app. */
export const outreachDeps = (app: FastifyInstance): outreach.OutreachDeps => ({
  db: app.db,
  jobs: app.jobs,
  mailer: app.mailer,
  limits: app.limits,
  publicUrl: app.config.PUBLIC_URL,
  secret: app.config.SESSION_SECRET,
});

/** The public interest form and organisers' outreach, under /api/networks/:network. */
export const outreachRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = outreachDeps(app);

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

  await app.register(outreachLinkRoutes(deps));
  await app.register(outreachListRoutes);
  await app.register(outreachSubscriberRoutes(deps));
  await app.register(eraseSubscriberRoute);
  await app.register(outreachImportRoutes);
  await app.register(outreachCampaignRoutes(deps));
  await app.register(outreachSendingRoutes(deps));
};

const TokenParams = z.object({ token: z.string().min(1).max(500) });
// Tokens are guessed only by trying: as strict as the mail links' own pages.
const linkConfig = { rateLimit: { max: 60, timeWindow: 60_000 } };

/**
 * What the links in outreach mail say now, for the pages they open. They need no right: the
 * link's secret or signed token is the proof, and a token of another network is unknown here.
 */
const outreachLinkRoutes =
  (deps: outreach.OutreachDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const confirmation = { operationId: 'getConfirmation', params: TokenParams, tags };
    app.get(
      '/confirmations/:token',
      { schema: { ...confirmation, response: answers({ 200: ConfirmationSchema }) }, config: linkConfig },
      async (request) => {
        const found = await outreach.confirmationOf(app.db, request.network.id, request.params.token);
        if (!found) throw new NotFound('The confirmation link');
        return found;
      },
    );
    const unsubscription = { operationId: 'getUnsubscription', params: TokenParams, tags };
    app.get(
      '/unsubscriptions/:token',
      { schema: { ...unsubscription, response: answers({ 200: UnsubscriptionSchema }) }, config: linkConfig },
      async (request) => {
        const found = await outreach.unsubscriptionOf(deps, request.network.id, request.params.token);
        if (!found) throw new NotFound('The unsubscribe link');
        return found;
      },
    );
  };

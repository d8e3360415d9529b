import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answers } from '#server/platform/openapi.ts';
import {
  CampaignInputSchema,
  CampaignSchema,
  SendCampaignSchema,
  TestMailSentSchema,
} from '#shared/outreach.ts';
import { authorizeOutreach as authorize } from './outreach.policy.ts';
import { presentCampaign } from './outreach.presenter.ts';
import * as outreach from './outreach.service.ts';

const tags = ['outreach'];
const CampaignParams = z.object({ campaignId: z.uuid() });

/** Organisers' campaigns: listing, reading and writing them. */
export const outreachCampaignRoutes =
  (deps: outreach.OutreachDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const list = {
      operationId: 'listCampaigns',
      response: answers({ 200: z.array(CampaignSchema) }, 401, 403),
    };
    app.get('/outreach/campaigns', { schema: { ...list, tags } }, async (request) => {
      await authorize(request, 'read-campaigns');
      return (await outreach.listCampaigns(app.db, request.network)).map(presentCampaign);
    });

    const create = { operationId: 'createCampaign', response: answers({ 201: CampaignSchema }, 401, 403) };
    app.post(
      '/outreach/campaigns',
      {
        schema: { ...create, body: CampaignInputSchema, tags },
        config: { audit: { action: 'campaign.create' } },
      },
      async (request, reply) => {
        await authorize(request, 'edit-campaigns');
        const actor = await request.requireActor();
        const row = await outreach.createCampaign(app.db, request.network, request.body, actor.userId);
        request.audited({ targetId: row.id });
        return reply.status(201).send(presentCampaign(row));
      },
    );

    const show = { operationId: 'getCampaign', response: answers({ 200: CampaignSchema }, 401, 403, 404) };
    app.get(
      '/outreach/campaigns/:campaignId',
      { schema: { ...show, params: CampaignParams, tags } },
      async (request) => {
        await authorize(request, 'read-campaigns');
        return presentCampaign(
          await outreach.showCampaign(app.db, request.network, request.params.campaignId),
        );
      },
    );

    // A campaign already being sent cannot change (409).
    const edit = {
      operationId: 'updateCampaign',
      response: answers({ 200: CampaignSchema }, 401, 403, 404, 409),
    };
    app.put(
      '/outreach/campaigns/:campaignId',
      {
        schema: { ...edit, params: CampaignParams, body: CampaignInputSchema, tags },
        config: { audit: { action: 'campaign.update', target: 'campaignId' } },
      },
      async (request) => {
        await authorize(request, 'edit-campaigns');
        const { campaignId } = request.params;
        return presentCampaign(await outreach.editCampaign(deps, request.network, campaignId, request.body));
      },
    );
  };

/** Sending a campaign: a test mail to the organiser, and the real sending, now or later. */
export const outreachSendingRoutes =
  (deps: outreach.OutreachDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/outreach/campaigns/:campaignId/test',
      {
        schema: {
          operationId: 'sendTestMail',
          params: CampaignParams,
          response: answers({ 202: TestMailSentSchema }, 401, 403, 404),
          tags,
        },
        config: {
          rateLimit: { max: 20, timeWindow: 60_000 },
          audit: { action: 'campaign.test', target: 'campaignId' },
        },
      },
      async (request, reply) => {
        await authorize(request, 'send-campaign');
        const actor = await request.requireActor();
        const { campaignId } = request.params;
        return reply.status(202).send(await outreach.sendTestMail(deps, request.network, campaignId, actor));
      },
    );

    // A campaign already sent or being sent is not sent again (409).
    const send = {
      operationId: 'sendCampaign',
      response: answers({ 202: CampaignSchema }, 401, 403, 404, 409),
    };
    app.post(
      '/outreach/campaigns/:campaignId/send',
      {
        schema: { ...send, params: CampaignParams, body: SendCampaignSchema, tags },
        config: { audit: { action: 'campaign.send', target: 'campaignId' } },
      },
      async (request, reply) => {
        await authorize(request, 'send-campaign');
        const at = request.body.at ? new Date(request.body.at) : null;
        request.audited({ details: { scheduled: at !== null } });
        const row = await outreach.sendCampaign(deps, request.network, request.params.campaignId, at);
        return reply.status(202).send(presentCampaign(row));
      },
    );
  };

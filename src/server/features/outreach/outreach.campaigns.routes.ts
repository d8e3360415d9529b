import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CampaignInputSchema, CampaignSchema, SendCampaignSchema } from '#shared/outreach.ts';
import { authorizeOutreach as authorize } from './outreach.policy.ts';
import { presentCampaign } from './outreach.presenter.ts';
import * as outreach from './outreach.service.ts';

const tags = ['outreach'];
const CampaignParams = z.object({ campaignId: z.uuid() });

/** Organisers' campaigns: writing, testing, sending and scheduling them. */
export const outreachCampaignRoutes =
  (deps: outreach.OutreachDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/outreach/campaigns',
      { schema: { response: { 200: z.array(CampaignSchema) }, tags } },
      async (request) => {
        await authorize(request, 'read-campaigns');
        return (await outreach.listCampaigns(app.db, request.network)).map(presentCampaign);
      },
    );

    app.post(
      '/outreach/campaigns',
      {
        schema: { body: CampaignInputSchema, response: { 201: CampaignSchema }, tags },
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

    app.get(
      '/outreach/campaigns/:campaignId',
      { schema: { params: CampaignParams, response: { 200: CampaignSchema }, tags } },
      async (request) => {
        await authorize(request, 'read-campaigns');
        return presentCampaign(
          await outreach.showCampaign(app.db, request.network, request.params.campaignId),
        );
      },
    );

    app.put(
      '/outreach/campaigns/:campaignId',
      {
        schema: {
          params: CampaignParams,
          body: CampaignInputSchema,
          response: { 200: CampaignSchema },
          tags,
        },
        config: { audit: { action: 'campaign.update', target: 'campaignId' } },
      },
      async (request) => {
        await authorize(request, 'edit-campaigns');
        const { campaignId } = request.params;
        return presentCampaign(await outreach.editCampaign(deps, request.network, campaignId, request.body));
      },
    );

    app.post(
      '/outreach/campaigns/:campaignId/test',
      {
        schema: { params: CampaignParams, tags },
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

    app.post(
      '/outreach/campaigns/:campaignId/send',
      {
        schema: { params: CampaignParams, body: SendCampaignSchema, response: { 202: CampaignSchema }, tags },
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

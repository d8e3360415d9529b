import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answers, NoContent } from '#server/platform/openapi.ts';
import {
  SurveyChangeParamsSchema as ChangeParams,
  PublicSurveyChangeListSchema,
  SurveyChangeInputSchema,
  SurveyChangeListSchema,
  SurveyChangePatchSchema,
  SurveyChangeSchema,
} from '#shared/survey-changes.ts';
import { presentChange, presentPublicChange } from './changes.presenter.ts';
import * as service from './changes.service.ts';

const tags = ['surveys'];
type App = Parameters<FastifyPluginAsyncZod>[0];

/** "You said, we changed" under /api/networks/:network: the organisers' list and the home page's. */
export const changesRoutes: FastifyPluginAsyncZod = async (app) => {
  readRoutes(app);
  writeRoutes(app);
  changeRoutes(app);
};

function readRoutes(app: App) {
  app.get(
    '/survey-changes/public',
    {
      schema: {
        operationId: 'listPublicSurveyChanges',
        description: 'The newest published changes made after feedback, for the network’s home page.',
        response: answers({ 200: PublicSurveyChangeListSchema }),
        tags,
      },
    },
    async (request) => ({
      changes: (await service.publicChanges(app.db, request.network)).map(presentPublicChange),
    }),
  );
  app.get(
    '/survey-changes',
    {
      schema: {
        operationId: 'listSurveyChanges',
        description: 'Every change recorded after feedback, published or not, newest first.',
        response: answers({ 200: SurveyChangeListSchema }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      return { changes: (await service.listChanges(app.db, request.network)).map(presentChange) };
    },
  );
}

function writeRoutes(app: App) {
  app.post(
    '/survey-changes',
    {
      schema: {
        operationId: 'createSurveyChange',
        body: SurveyChangeInputSchema,
        response: answers({ 201: SurveyChangeSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'survey-change.create' } },
    },
    async (request, reply) => {
      await request.authorize('manage-surveys');
      const row = await service.createChange(app.db, request.network, request.body);
      request.audited({ targetId: row.id });
      return reply.status(201).send(presentChange(row));
    },
  );
}

/** One change: editing (publishing, unpublishing) and deleting it. */
function changeRoutes(app: App) {
  app.patch(
    '/survey-changes/:change',
    {
      schema: {
        operationId: 'updateSurveyChange',
        params: ChangeParams,
        body: SurveyChangePatchSchema,
        response: answers({ 200: SurveyChangeSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'survey-change.update', target: 'change', fields: true } },
    },
    async (request) => {
      await request.authorize('manage-surveys');
      const { network, params, body } = request;
      return presentChange(await service.editChange(app.db, network, params.change, body));
    },
  );
  app.delete(
    '/survey-changes/:change',
    {
      schema: {
        operationId: 'deleteSurveyChange',
        params: ChangeParams,
        response: answers({ 204: NoContent }, 401, 403),
        tags,
      },
      config: { audit: { action: 'survey-change.delete', target: 'change' } },
    },
    async (request, reply) => {
      await request.authorize('manage-surveys');
      await service.removeChange(app.db, request.network, request.params.change);
      return reply.status(204).send(null);
    },
  );
}

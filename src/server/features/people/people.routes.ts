import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answers, NoContent } from '#server/platform/openapi.ts';
import {
  OrganisationListSchema,
  OrganisationQuerySchema,
  PersonalDataExportSchema,
  ProfileInputSchema,
  ProfileSchema,
} from '#shared/people.ts';
import * as service from './people.service.ts';

const tags = ['people'];

type App = Parameters<FastifyPluginAsyncZod>[0];

/** A person's own data under /api/me, and the organisations a profile can name. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  ownDataRoutes(app);
  organisationRoutes(app);
};

/** A person's own data: reading and changing their profile, exporting it all, deleting themselves. */
function ownDataRoutes(app: App) {
  const ownData = { audit: { none: 'a person changes or deletes their own data' } };

  app.get(
    '/api/me/profile',
    { schema: { operationId: 'getProfile', response: answers({ 200: ProfileSchema }, 401, 404), tags } },
    async (request) => service.getProfile(app.db, (await request.requireActor()).userId),
  );

  app.put(
    '/api/me/profile',
    {
      schema: {
        operationId: 'updateProfile',
        body: ProfileInputSchema,
        response: answers({ 200: ProfileSchema }, 401, 404),
        tags,
      },
      config: ownData,
    },
    async (request) => service.updateProfile(app.db, (await request.requireActor()).userId, request.body),
  );

  const exportAnswer = {
    description: 'Everything held about the person, as a JSON download.',
    content: { 'application/json': { schema: PersonalDataExportSchema } },
  };
  app.get(
    '/api/me/export',
    { schema: { operationId: 'exportMyData', response: answers({ 200: exportAnswer }, 401, 404), tags } },
    async (request, reply) => {
      const data = await service.exportPersonalData(app.db, (await request.requireActor()).userId);
      return reply.header('content-disposition', 'attachment; filename="verkosto-my-data.json"').send(data);
    },
  );

  app.delete(
    '/api/me',
    {
      schema: { operationId: 'deleteMe', response: answers({ 204: NoContent }, 401, 409), tags },
      config: ownData,
    },
    async (request, reply) => {
      await service.deletePerson(app.db, (await request.requireActor()).userId);
      return reply.status(204).clearCookie('verkosto.session_token', { path: '/' }).send(null);
    },
  );
}

/** Known organisations by name: the profile form's suggestions. */
function organisationRoutes(app: App) {
  app.get(
    '/api/organisations',
    {
      schema: {
        operationId: 'searchOrganisations',
        querystring: OrganisationQuerySchema,
        response: answers({ 200: OrganisationListSchema }),
        tags,
      },
    },
    async (request) => ({ organisations: await service.searchOrganisations(app.db, request.query.q) }),
  );
}

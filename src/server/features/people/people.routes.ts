import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrganisationSchema, ProfileInputSchema, ProfileSchema } from '#shared/people.ts';
import * as service from './people.service.ts';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const ownData = { audit: { none: 'a person changes or deletes their own data' } };

  app.get('/api/me/profile', { schema: { response: { 200: ProfileSchema }, tags } }, async (request) =>
    service.getProfile(app.db, (await request.requireActor()).userId),
  );

  app.put(
    '/api/me/profile',
    { schema: { body: ProfileInputSchema, response: { 200: ProfileSchema }, tags }, config: ownData },
    async (request) => service.updateProfile(app.db, (await request.requireActor()).userId, request.body),
  );

  app.get('/api/me/export', { schema: { tags } }, async (request, reply) => {
    const data = await service.exportPersonalData(app.db, (await request.requireActor()).userId);
    return reply.header('content-disposition', 'attachment; filename="verkosto-my-data.json"').send(data);
  });

  app.delete(
    '/api/me',
    { schema: { response: { 204: z.null() }, tags }, config: ownData },
    async (request, reply) => {
      await service.deletePerson(app.db, (await request.requireActor()).userId);
      return reply.status(204).clearCookie('verkosto.session_token', { path: '/' }).send(null);
    },
  );

  app.get(
    '/api/organisations',
    {
      schema: {
        querystring: z.strictObject({ q: z.string().trim().max(100).default('') }),
        response: { 200: z.object({ organisations: z.array(OrganisationSchema) }) },
        tags,
      },
    },
    async (request) => ({ organisations: await service.searchOrganisations(app.db, request.query.q) }),
  );
};

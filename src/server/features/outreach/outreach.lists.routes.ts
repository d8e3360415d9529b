import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answers, NoContent } from '#server/platform/openapi.ts';
import {
  AddSubscriberSchema,
  ListCreatedSchema,
  MailingListInputSchema,
  MailingListPatchSchema,
  MailingListSchema,
  SubscriberAddedSchema,
  SubscriberSchema,
} from '#shared/outreach.ts';
import { authorizeOutreach as authorize } from './outreach.policy.ts';
import { presentList, presentSubscriber } from './outreach.presenter.ts';
import * as outreach from './outreach.service.ts';

const tags = ['outreach'];
export const ListParams = z.object({ listId: z.uuid() });

/** Organisers' mailing lists: creating, renaming and counting them. */
export const outreachListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outreach/lists',
    {
      schema: {
        operationId: 'listMailingLists',
        response: answers({ 200: z.array(MailingListSchema) }, 401, 403),
        tags,
      },
    },
    async (request) => {
      await authorize(request, 'read-lists');
      return (await outreach.listLists(app.db, request.network)).map(presentList);
    },
  );

  app.post(
    '/outreach/lists',
    {
      schema: {
        operationId: 'createMailingList',
        body: MailingListInputSchema,
        response: answers({ 201: ListCreatedSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'list.create' } },
    },
    async (request, reply) => {
      await authorize(request, 'edit-lists');
      const list = await outreach.createList(app.db, request.network, request.body);
      request.audited({ targetId: list.id });
      return reply.status(201).send({ id: list.id });
    },
  );

  app.patch(
    '/outreach/lists/:listId',
    {
      schema: {
        operationId: 'updateMailingList',
        params: ListParams,
        body: MailingListPatchSchema,
        response: answers({ 204: NoContent }, 401, 403, 404),
        tags,
      },
      config: { audit: { action: 'list.update', target: 'listId', fields: true } },
    },
    async (request, reply) => {
      await authorize(request, 'edit-lists');
      await outreach.editList(app.db, request.network, request.params.listId, request.body);
      return reply.status(204).send(null);
    },
  );
};

/** The addresses on one list: reading them, adding one by hand and erasing one. */
export const outreachSubscriberRoutes =
  (deps: outreach.OutreachDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/outreach/lists/:listId/subscribers',
      {
        schema: {
          operationId: 'listSubscribers',
          params: ListParams,
          response: answers({ 200: z.array(SubscriberSchema) }, 401, 403, 404),
          tags,
        },
      },
      async (request) => {
        await authorize(request, 'read-lists');
        const subscribers = await outreach.listSubscribers(app.db, request.network, request.params.listId);
        return subscribers.map(presentSubscriber);
      },
    );

    app.post(
      '/outreach/lists/:listId/subscribers',
      {
        schema: {
          operationId: 'addSubscriber',
          params: ListParams,
          body: AddSubscriberSchema,
          response: answers({ 202: SubscriberAddedSchema }, 401, 403, 404),
          tags,
        },
        config: { audit: { action: 'subscriber.add', target: 'listId' } },
      },
      async (request, reply) => {
        await authorize(request, 'add-subscriber');
        const actor = await request.requireActor();
        const { listId } = request.params;
        const status = await outreach.addSubscriber(deps, request.network, listId, request.body, actor);
        // Never the address: the entry says only that one was added.
        request.audited({ details: { confirmation: status === 'confirmation-sent' ? 'sent' : status } });
        return reply.status(202).send({ status });
      },
    );
  };

/** Erases an address from a list, with its delivery records, as a person may ask (GDPR). */
export const eraseSubscriberRoute: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    '/outreach/lists/:listId/subscribers/:subscriberId',
    {
      schema: {
        operationId: 'eraseSubscriber',
        params: ListParams.extend({ subscriberId: z.uuid() }),
        response: answers({ 204: NoContent }, 401, 403, 404),
        tags,
      },
      config: { audit: { action: 'subscriber.erase', target: 'subscriberId' } },
    },
    async (request, reply) => {
      await authorize(request, 'erase-subscriber');
      const { listId, subscriberId } = request.params;
      const list = await outreach.removeSubscriber(app.db, request.network, listId, subscriberId);
      request.audited({ details: { list: list.id } });
      return reply.status(204).send(null);
    },
  );
};

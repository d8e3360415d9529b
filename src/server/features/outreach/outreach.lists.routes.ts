import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '#server/platform/errors.ts';
import { readUpload } from '#server/platform/uploads.ts';
import {
  AddSubscriberSchema,
  ImportPreviewSchema,
  MAX_IMPORT_BYTES,
  MailingListInputSchema,
  MailingListPatchSchema,
  MailingListSchema,
  SubscriberSchema,
} from '#shared/outreach.ts';
import { authorizeOutreach as authorize } from './outreach.policy.ts';
import { presentImportPreview, presentList, presentSubscriber } from './outreach.presenter.ts';
import * as outreach from './outreach.service.ts';

const tags = ['outreach'];
const ListParams = z.object({ listId: z.uuid() });

/** The uploaded file and the organiser's column mapping (a JSON field), from a multipart body. */
async function readImport(request: FastifyRequest): Promise<outreach.ImportUpload> {
  const upload = await readUpload(request, { maxBytes: MAX_IMPORT_BYTES });
  if (!upload) throw new AppError(400, 'import-no-file', 'Choose a file.', { file: 'required' });
  return { data: upload.data, fileName: upload.fileName, mapping: upload.fields.mapping ?? '' };
}

/** Organisers' mailing lists: their addresses, exports and imports. */
export const outreachListRoutes =
  (deps: outreach.OutreachDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/outreach/lists',
      { schema: { response: { 200: z.array(MailingListSchema) }, tags } },
      async (request) => {
        await authorize(request, 'read-lists');
        return (await outreach.listLists(app.db, request.network)).map(presentList);
      },
    );

    app.post(
      '/outreach/lists',
      { schema: { body: MailingListInputSchema, tags }, config: { audit: { action: 'list.create' } } },
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
        schema: { params: ListParams, body: MailingListPatchSchema, tags },
        config: { audit: { action: 'list.update', target: 'listId', fields: true } },
      },
      async (request, reply) => {
        await authorize(request, 'edit-lists');
        await outreach.editList(app.db, request.network, request.params.listId, request.body);
        return reply.status(204).send();
      },
    );

    app.get(
      '/outreach/lists/:listId/subscribers',
      { schema: { params: ListParams, response: { 200: z.array(SubscriberSchema) }, tags } },
      async (request) => {
        await authorize(request, 'read-lists');
        return (await outreach.listSubscribers(app.db, request.network, request.params.listId)).map(
          presentSubscriber,
        );
      },
    );

    app.post(
      '/outreach/lists/:listId/subscribers',
      {
        schema: { params: ListParams, body: AddSubscriberSchema, tags },
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

    app.delete(
      '/outreach/lists/:listId/subscribers/:subscriberId',
      {
        schema: { params: ListParams.extend({ subscriberId: z.uuid() }), tags },
        config: { audit: { action: 'subscriber.erase', target: 'subscriberId' } },
      },
      async (request, reply) => {
        await authorize(request, 'erase-subscriber');
        const { listId, subscriberId } = request.params;
        const list = await outreach.removeSubscriber(app.db, request.network, listId, subscriberId);
        request.audited({ details: { list: list.id } });
        return reply.status(204).send();
      },
    );

    app.get(
      '/outreach/lists/:listId/export.csv',
      {
        schema: { params: ListParams, tags },
        config: { audit: { action: 'list.export', target: 'listId' } },
      },
      async (request, reply) => {
        await authorize(request, 'export-list');
        const { list, csv } = await outreach.exportList(app.db, request.network, request.params.listId);
        return reply
          .header('content-disposition', `attachment; filename="list-${list.id}.csv"`)
          .header('cache-control', 'no-store')
          .type('text/csv; charset=utf-8')
          .send(csv);
      },
    );

    app.post(
      '/outreach/lists/:listId/import/preview',
      {
        schema: { params: ListParams, response: { 200: ImportPreviewSchema }, tags },
        config: { audit: { none: 'a preview reads the file and keeps nothing' } },
      },
      async (request) => {
        await authorize(request, 'import');
        const read = () => readImport(request);
        const preview = await outreach.previewImport(app.db, request.network, request.params.listId, read);
        return presentImportPreview(preview.file, preview);
      },
    );

    app.post(
      '/outreach/lists/:listId/import',
      {
        schema: { params: ListParams, tags },
        config: { audit: { action: 'list.import', target: 'listId' } },
      },
      async (request, reply) => {
        await authorize(request, 'import');
        const actor = await request.requireActor();
        const read = () => readImport(request);
        const result = await outreach.importList(app.db, request.network, request.params.listId, read, actor);
        request.audited({ details: result });
        return reply.status(201).send(result);
      },
    );
  };

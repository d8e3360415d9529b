import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '#server/platform/errors.ts';
import { answers, fileResponse } from '#server/platform/openapi.ts';
import { readUpload } from '#server/platform/uploads.ts';
import { ImportPreviewSchema, ImportResultSchema, MAX_IMPORT_BYTES } from '#shared/outreach.ts';
import { ListParams } from './outreach.lists.routes.ts';
import { authorizeOutreach as authorize } from './outreach.policy.ts';
import { presentImportPreview } from './outreach.presenter.ts';
import * as outreach from './outreach.service.ts';

const tags = ['outreach'];

/** The uploaded file and the organiser's column mapping (a JSON field), from a multipart body. */
async function readImport(request: FastifyRequest): Promise<outreach.ImportUpload> {
  const upload = await readUpload(request, { maxBytes: MAX_IMPORT_BYTES });
  if (!upload)
    throw new AppError(400, 'import-no-file', 'Choose a file.', {
      file: { code: 'required', message: 'required' },
    });
  return { data: upload.data, fileName: upload.fileName, mapping: upload.fields.mapping ?? '' };
}

const upload = {
  description: 'A multipart form: `file` (a CSV file of at most MAX_IMPORT_BYTES) and `mapping` (JSON).',
  params: ListParams,
  consumes: ['multipart/form-data'],
  tags,
};

const exportSchema = {
  operationId: 'exportMailingList',
  params: ListParams,
  response: answers({ 200: fileResponse('text/csv', 'The list’s addresses, as a download.') }, 401, 403, 404),
  tags,
};

/** A list's addresses as a CSV file, and CSV files read into a list (previewed first). */
export const outreachImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outreach/lists/:listId/export.csv',
    { schema: exportSchema, config: { audit: { action: 'list.export', target: 'listId' } } },
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
      schema: {
        ...upload,
        operationId: 'previewImport',
        response: answers({ 200: ImportPreviewSchema }, 401, 403, 404),
      },
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
      schema: {
        ...upload,
        operationId: 'importSubscribers',
        response: answers({ 201: ImportResultSchema }, 401, 403, 404),
      },
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

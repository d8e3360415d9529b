import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { BadRequest } from '#server/platform/errors.ts';
import { answers, fileResponse, NoContent } from '#server/platform/openapi.ts';
import { readUpload } from '#server/platform/uploads.ts';
import { LANGUAGES, type Language, type LocalizedText } from '#shared/common.ts';
import {
  AddLinkMaterialSchema,
  EVENT_LIMITS,
  EventParamsSchema as EventParams,
  MAX_MATERIAL_BYTES,
  type Material,
  MaterialListSchema,
  MaterialParamsSchema as MaterialParams,
  MaterialSchema,
} from '#shared/events.ts';
import { sliceText } from '#shared/storable.ts';
import { presentMaterial } from './events.presenter.ts';
import { forgetListsAfterWrites } from './events.routes.ts';
import * as events from './events.service.ts';
import * as service from './materials.service.ts';

const tags = ['events'];

/** An event's API address, which a file material's download address is under. */
const base = (publicUrl: string, network: NetworkRow, event: string) =>
  `${publicUrl}/api/networks/${network.slug}/events/${event}`;

/** A material as the API shows it: a file by its download address. */
const present = (publicUrl: string, network: NetworkRow, event: string, row: service.MaterialRow): Material =>
  presentMaterial(base(publicUrl, network, event), row);

/** Materials of an event: links and uploaded files, under /api/networks/:network/events/:event. */
export const materialsRoutes: FastifyPluginAsyncZod = async (app) => {
  forgetListsAfterWrites(app);
  materialListRoutes(app);
  uploadRoute(app);
  fileRoutes(app);
};

type App = Parameters<FastifyPluginAsyncZod>[0];

/** An event's list of materials: reading it and adding a link to it. */
function materialListRoutes(app: App) {
  app.get(
    '/events/:event/materials',
    {
      schema: {
        operationId: 'listMaterials',
        params: EventParams,
        response: answers({ 200: MaterialListSchema }),
        tags,
      },
    },
    async (request) => {
      const event = await events.getVisibleEvent(app.db, request, request.params.event);
      const rows = await service.listMaterials(app.db, { networkId: request.network.id, eventId: event.id });
      return {
        materials: rows.map((row) => present(app.config.PUBLIC_URL, request.network, event.slug, row)),
      };
    },
  );

  app.post(
    '/events/:event/materials',
    {
      schema: {
        operationId: 'addLinkMaterial',
        params: EventParams,
        body: AddLinkMaterialSchema,
        response: answers({ 201: MaterialSchema }, 401, 403),
        tags,
      },
      config: { audit: { action: 'material.add' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const event = await events.getEvent(app.db, request.network, request.params.event);
      const row = await service.addLink(
        app.db,
        { networkId: request.network.id, eventId: event.id },
        request.body,
      );
      request.audited({ targetId: row.id, details: { event: event.slug, kind: 'link' } });
      return reply.status(201).send(present(app.config.PUBLIC_URL, request.network, event.slug, row));
    },
  );
}

/** Adding a file: a multipart upload. */
function uploadRoute(app: App) {
  app.post(
    '/events/:event/materials/files',
    {
      schema: {
        operationId: 'uploadMaterial',
        description:
          "A multipart form: `file` (at most MAX_MATERIAL_BYTES) and optional `title.fi`, `title.sv` and `title.en` (a bare `title` is in the network's main language); without any, the file's name is the title.",
        params: EventParams,
        response: answers({ 201: MaterialSchema }, 401, 403),
        tags,
        consumes: ['multipart/form-data'],
      },
      config: { audit: { action: 'material.add' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const event = await events.getEvent(app.db, request.network, request.params.event);
      const upload = await readMaterialUpload(request, request.network.mainLanguage);
      const row = await service.addFile(app.db, { networkId: request.network.id, eventId: event.id }, upload);
      request.audited({
        targetId: row.id,
        details: { event: event.slug, kind: 'file', bytes: upload.data.length },
      });
      return reply.status(201).send(present(app.config.PUBLIC_URL, request.network, event.slug, row));
    },
  );
}

/** The form's file and its title per language: the file's name when none is given, cut to a title's length. */
async function readMaterialUpload(request: FastifyRequest, main: Language) {
  const upload = await readUpload(request, { maxBytes: MAX_MATERIAL_BYTES, checkName: service.checkFile });
  if (!upload) throw new BadRequest('Choose a file to upload.', { file: 'is required' });
  const given = (field: string | undefined) => sliceText(field?.trim() ?? '', EVENT_LIMITS.titleChars);
  const title: LocalizedText = {};
  for (const language of LANGUAGES) {
    const text = given(
      upload.fields[`title.${language}`] ?? (language === main ? upload.fields.title : undefined),
    );
    if (text) title[language] = text;
  }
  if (Object.keys(title).length === 0) title[main] = given(upload.fileName);
  return { title, fileName: upload.fileName, data: upload.data };
}

/** Deleting a material and downloading a file. */
function fileRoutes(app: App) {
  app.delete(
    '/events/:event/materials/:materialId',
    {
      schema: {
        operationId: 'deleteMaterial',
        params: MaterialParams,
        response: answers({ 204: NoContent }, 401, 403),
        tags,
      },
      config: { audit: { action: 'material.delete', target: 'materialId' } },
    },
    async (request, reply) => {
      await request.authorize('plan-events');
      const event = await events.getEvent(app.db, request.network, request.params.event);
      request.audited({ details: { event: event.slug } });
      await service.deleteMaterial(app.db, {
        networkId: request.network.id,
        eventId: event.id,
        materialId: request.params.materialId,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/events/:event/materials/:materialId/download',
    {
      schema: {
        operationId: 'downloadMaterial',
        params: MaterialParams,
        response: answers({
          200: fileResponse('application/octet-stream', 'The file, always as a download.', 'binary'),
        }),
        tags,
      },
    },
    async (request, reply) => {
      const event = await events.getVisibleEvent(app.db, request, request.params.event);
      const file = await service.readFile(app.db, {
        networkId: request.network.id,
        eventId: event.id,
        materialId: request.params.materialId,
      });
      // Always a download, never rendered in our origin, whatever the file holds.
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, max-age=300')
        .send(file.data);
    },
  );
}

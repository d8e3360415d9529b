import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, BadRequest } from '#server/platform/errors.ts';
import { answers, fileResponse } from '#server/platform/openapi.ts';
import { readUpload } from '#server/platform/uploads.ts';
import { NETWORK_LIMITS, NetworkSchema } from '#shared/networks.ts';
import * as logos from './logo.service.ts';
import { presentNetwork } from './networks.presenter.ts';

const tags = ['networks'];

/** The host's logo under /api/networks/:network/logo: reading it, replacing it, removing it. */
export const logoRoutes: FastifyPluginAsyncZod = async (app) => {
  readLogoRoute(app);
  changeLogoRoutes(app);
};

type App = Parameters<FastifyPluginAsyncZod>[0];

const LogoQuery = z.object({ v: z.string().max(64).optional().describe('The logo version from `logoUrl`.') });

/** The image; under its versioned address (the network's `logoUrl`) it is cached for good. */
function readLogoRoute(app: App) {
  app.get(
    '/logo',
    {
      schema: {
        operationId: 'getNetworkLogo',
        description: 'The host’s logo (PNG, JPEG or WebP). The network’s `logoUrl` carries its version.',
        querystring: LogoQuery,
        response: answers({ 200: fileResponse('image/png', 'The logo image.', 'binary') }),
        tags,
      },
    },
    async (request, reply) => {
      const logo = await logos.readLogo(app.db, request.network);
      const current = request.query.v !== undefined && request.query.v === request.network.logoVersion;
      return reply
        .type(logo.contentType)
        .header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(logo.data);
    },
  );
}

/** An organiser replaces or removes the logo. */
function changeLogoRoutes(app: App) {
  app.put(
    '/logo',
    {
      schema: {
        operationId: 'setNetworkLogo',
        description: `A multipart form with one file, \`logo\`: PNG, JPEG or WebP, at most ${NETWORK_LIMITS.logoBytes / 1024} kB.`,
        response: answers({ 200: NetworkSchema }, 401, 403),
        tags,
        consumes: ['multipart/form-data'],
      },
      config: { audit: { action: 'network.logo.set' } },
    },
    async (request) => {
      await request.authorize('edit');
      const data = await readLogoUpload(request);
      const network = await logos.setLogo(app.db, request.network, data);
      request.audited({ details: { bytes: data.length } });
      app.networkCache.forget(network.slug);
      return presentNetwork(network, request.networkRole);
    },
  );

  app.delete(
    '/logo',
    {
      schema: { operationId: 'removeNetworkLogo', response: answers({ 200: NetworkSchema }, 401, 403), tags },
      config: { audit: { action: 'network.logo.remove' } },
    },
    async (request) => {
      await request.authorize('edit');
      const network = await logos.removeLogo(app.db, request.network);
      app.networkCache.forget(network.slug);
      return presentNetwork(network, request.networkRole);
    },
  );
}

/** The uploaded image; the upload's own refusals (size, a malformed body) name the `logo` field. */
async function readLogoUpload(request: Parameters<typeof readUpload>[0]): Promise<Buffer> {
  try {
    const upload = await readUpload(request, { maxBytes: NETWORK_LIMITS.logoBytes });
    if (!upload) throw new BadRequest('Choose an image to upload.', { logo: 'is required' });
    return upload.data;
  } catch (error) {
    throw asLogoError(error);
  }
}

function asLogoError(error: unknown): unknown {
  const report = error instanceof AppError ? error.fields : undefined;
  const message = report?.fields.file;
  if (!(error instanceof AppError) || !report || message === undefined) return error;
  const issue = report.fieldIssues.file ?? { code: 'invalid' as const };
  return new AppError(error.status, error.code, error.message, { logo: { ...issue, message } });
}

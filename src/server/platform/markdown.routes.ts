import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MarkdownPreviewInputSchema, MarkdownPreviewSchema } from '#shared/markdown.ts';
import { renderMarkdown } from './markdown.ts';
import { answers } from './openapi.ts';

/** Shows writers exactly what the server will publish: the same rendering and sanitising. */
export const markdownRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/markdown/preview',
    {
      schema: {
        operationId: 'previewMarkdown',
        body: MarkdownPreviewInputSchema,
        response: answers({ 200: MarkdownPreviewSchema }, 401),
        tags: ['markdown'],
      },
      config: {
        rateLimit: { max: 120, timeWindow: 60_000 },
        audit: { none: 'a preview shows the text and keeps nothing' },
      },
    },
    async (request) => {
      await request.requireActor();
      return { html: renderMarkdown(request.body.markdown) };
    },
  );
};

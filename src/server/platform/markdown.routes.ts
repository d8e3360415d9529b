import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderMarkdown } from './markdown.ts';

/** Shows writers exactly what the server will publish: the same rendering and sanitising. */
export const markdownRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/markdown/preview',
    {
      schema: {
        body: z.strictObject({ markdown: z.string().max(20000) }),
        response: { 200: z.object({ html: z.string() }) },
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

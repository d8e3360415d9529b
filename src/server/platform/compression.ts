import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Text the server sends: HTML, CSS, JavaScript, JSON, SVG and other XML, calendars (.ics), CSV and
 * Markdown. Images, PDFs and uploaded files of other types are already compressed or not worth it;
 * the plugin's own default would also compress `application/octet-stream` (uploads), so this list
 * replaces it.
 */
const TEXT_TYPES = /^text\/(?!event-stream)|^application\/(?:javascript|json|xml)|\+(?:json|xml)(?:;|$)/u;

function isTextType(contentType: string | undefined): boolean {
  return contentType !== undefined && TEXT_TYPES.test(contentType);
}

/**
 * brotli, else gzip, for every text response whose client asks (Accept-Encoding); identity for the
 * others. Answers under 1 kB stay as they are (the plugin's threshold): the headers would outweigh
 * the saving. Static assets are compressed once at build (scripts/precompress.ts) and served as
 * such, so this only runs for what the app renders. The live room's WebSocket never passes here.
 */
export const compressionPlugin = fp(
  async (app) => {
    await app.register(fastifyCompress, {
      encodings: ['br', 'gzip'],
      threshold: 512,
      customTypes: TEXT_TYPES,
      // Quality 4 (of 11) is brotli's speed-for-size sweet spot for answers compressed per request.
      brotliOptions: {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 4,
        },
      },
    });
    // A shared cache must keep each encoding apart, also for answers sent as they are (small ones,
    // or to a client that asked for none), so every text answer says that it varies.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (isTextType(reply.getHeader('content-type') as string | undefined)) {
        const vary = String(reply.getHeader('vary') ?? '');
        if (!/accept-encoding/i.test(vary)) {
          reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
        }
      }
      return payload;
    });
  },
  { name: 'compression' },
);

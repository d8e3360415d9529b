import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Language } from '#shared/common.ts';

/** The server renderer's build (src/web/entry-server.tsx, built by `npm run build`). */
export const RENDERER_FILE = join(import.meta.dirname, '../../../dist/ssr/entry-server.js');

export interface Rendering {
  status: number;
  html: string;
  styles: string;
  title: string | null;
  state: unknown;
  data: unknown[];
  /** An API answer failed other than with 404: the page shows an error and is not kept. */
  failed: boolean;
}

/** Query data a rendering starts with, by query key (src/web/entry-server.tsx `RenderInput`). */
export type SeededData = [key: readonly unknown[], value: unknown][];

/** What dist/ssr/entry-server.js exports; the browser's types stay on its side. */
interface RendererModule {
  configure(options: {
    transport: (path: string, init: RequestInit) => Promise<Response>;
    origin: string;
  }): void;
  render(input: { url: string; language: Language; now: Date; data?: SeededData }): Promise<Rendering>;
}

export type Render = RendererModule['render'];

const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * The app's requests, answered in-process by the API itself without cookies: a rendering sees what
 * an anonymous visitor may see, through the same routes, policies and presenters.
 */
function anonymousTransport(app: FastifyInstance) {
  return async (path: string, init: RequestInit): Promise<Response> => {
    const answer = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: path,
      headers: { accept: 'application/json' },
    });
    const body = NULL_BODY.has(answer.statusCode) ? null : answer.body;
    return new Response(body, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}

/** Loads the server renderer, or returns null (and says why) when it has not been built. */
export async function loadRenderer(app: FastifyInstance): Promise<Render | null> {
  if (!existsSync(RENDERER_FILE)) {
    app.log.warn(
      `The server renderer is missing (${RENDERER_FILE}): run npm run build. Until then pages are sent as the bare app, which needs JavaScript.`,
    );
    return null;
  }
  const module = (await import(pathToFileURL(RENDERER_FILE).href)) as RendererModule;
  // The module is one per process, the app maybe not (tests start several): each rendering is
  // configured for its own app before it starts.
  const options = { transport: anonymousTransport(app), origin: app.config.PUBLIC_URL };
  return (input) => {
    module.configure(options);
    return module.render(input);
  };
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage, translator } from '#server/platform/i18n.ts';
import type { Language } from '#shared/common.ts';
import { matchRoute, WEB_ROUTES } from '#shared/routes.ts';
import { composeDocument, nextPhaseChange, normalisedUrl, type PageMeta } from './document.ts';
import { type CachedPage, createPageCache, type PageCache, type Rendered } from './page-cache.ts';
import { createRenderQueue, RenderQueueFull } from './render-queue.ts';
import { loadRenderer, type Render, type SeededData } from './renderer.ts';

/**
 * The pages an anonymous visitor reads: rendered on the server and cached. Everything else
 * (profile, admin, a network's settings, programme, outreach and audit, sign-in, invitations) is
 * the bare app, which renders in the browser after it has asked who is signed in.
 */
export const PUBLIC_PAGES = [
  '/',
  '/accessibility',
  '/n/:network',
  '/n/:network/events/:event',
  '/n/:network/live/:event',
  '/n/:network/interest',
  '/n/:network/privacy',
] as const;

/** The room's entry shows how many are inside: its page is rendered again at most this often. */
const LIVE_PAGE_MS = 30_000;

/**
 * Pages rendered at once, and how many may wait (render-queue.ts): about what a 2-core machine
 * renders in a second or two, so a reader who waits does not wait long, and the memory stays bounded.
 */
const RENDERING = { atOnce: 4, waiting: 64 };
/** Seconds a reader refused by a full queue is asked to wait. */
const BUSY_RETRY_SECONDS = 5;

/** A page's answer varies with these: the encoding, and the language (header or saved choice). */
const VARY = 'accept-encoding, accept-language, cookie';

export interface SendOptions {
  /** The status to answer with, instead of the page's own (e.g. 410 for a meeting that has ended). */
  status?: number;
  /** False for a page that must never be kept (one a token opens): sent `no-store`. */
  cache?: boolean;
  /** Query data the page's first render starts with (e.g. a refused form's values), by query key. */
  data?: SeededData;
}

export type SendWebPage = (
  request: FastifyRequest,
  reply: FastifyReply,
  options?: SendOptions,
) => Promise<FastifyReply>;

type MetaFor = (request: FastifyRequest, language: Language) => Promise<PageMeta>;

function publicRoute(path: string): { pattern: string; params: Record<string, string> } | null {
  for (const pattern of PUBLIC_PAGES) {
    const params = matchRoute(pattern, path);
    if (params) return { pattern, params };
  }
  return null;
}

function encodingFor(request: FastifyRequest): 'br' | 'gzip' | null {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  return /\bgzip\b/.test(accepted) ? 'gzip' : null;
}

/** Sends a page: as it is kept (compressed once, an ETag per encoding, 304 when the client has it). */
function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: CachedPage | Rendered,
  { status, cache }: SendOptions,
) {
  reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', cache === false ? 'no-store' : 'no-cache')
    .header('vary', VARY);
  // An uncached page (the bare app, a token's page) is compressed on its way out, if at all.
  if (!('etag' in page)) return reply.status(status ?? page.status).send(page.html);
  const encoding = encodingFor(request);
  const etag = encoding ? `${page.etag.slice(0, -1)}-${encoding}"` : page.etag;
  reply.header('etag', etag);
  const known = String(request.headers['if-none-match'] ?? '').split(/,\s*/);
  if (known.includes(etag)) return reply.status(304).send();
  if (encoding) reply.header('content-encoding', encoding);
  const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
  return reply.status(status ?? page.status).send(body);
}

/** The renderer, rendering a few pages at a time. */
function inTurns(render: Render | null): Render | null {
  if (!render) return null;
  const inTurn = createRenderQueue(RENDERING);
  return (input) => inTurn(() => render(input));
}

/** The answer when too many pages wait to be rendered: come back in a moment. */
function sendBusy(reply: FastifyReply, language: Language) {
  return reply
    .status(503)
    .header('retry-after', String(BUSY_RETRY_SECONDS))
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(translator(language)('meta.busy'));
}

interface Pages {
  send: SendWebPage;
  cache: PageCache;
}

const isAppRoute = (path: string) => WEB_ROUTES.some((route) => matchRoute(route, path));

/** The app's page as the browser renders it alone (organisers' and personal pages). */
function bareApp(template: string, parts: Parameters<typeof composeDocument>[1]): Rendered {
  return {
    status: parts.meta.found ? 200 : 404,
    html: composeDocument(template, parts),
    network: null,
    validUntil: null,
  };
}

/** Every page the server sends: server-rendered and cached where public, else the bare app. */
export async function createWebPages(
  app: FastifyInstance,
  template: string,
  metaFor: MetaFor,
): Promise<Pages> {
  const render = inTurns(await loadRenderer(app));
  const cache = await createPageCache(app.bus);
  const publicUrl = app.config.PUBLIC_URL;

  async function renderPage(
    request: FastifyRequest,
    language: Language,
    url: string,
    data?: SeededData,
  ): Promise<Rendered> {
    const path = url.split('?')[0] ?? '/';
    const route = publicRoute(path);
    const meta = await metaFor(request, language);
    const parts = { language, meta, publicUrl, url };
    // The organisers' and personal pages stay the bare app; so does everything without a renderer.
    if (!render || (!route && isAppRoute(path))) return bareApp(template, parts);
    const now = new Date();
    const rendering = await render({ url, language, now, data });
    const title = rendering.title ?? meta.title;
    return {
      status: meta.found ? rendering.status : 404,
      html: composeDocument(template, { ...parts, meta: { ...meta, title }, rendering }),
      etagSource: [title, meta.description, rendering.html, JSON.stringify(rendering.data)].join('\n'),
      network: await networkOf(route?.params.network),
      // A page that shows a failure is sent, not kept: the next reader gets a new try.
      validUntil: rendering.failed ? now : validUntil(route?.pattern, rendering.data, now),
    };
  }

  async function networkOf(slug: string | undefined) {
    if (!slug) return null;
    const row = await app.networkCache.get(slug.toLowerCase());
    return { slug: row?.slug ?? slug.toLowerCase(), id: row?.id ?? '' };
  }

  async function pageFor(request: FastifyRequest, language: Language, options: SendOptions) {
    const url = normalisedUrl(request.url);
    const path = url.split('?')[0] ?? '/';
    if (publicRoute(path) && options.cache !== false) {
      return cache.get(`${language} ${url}`, () => renderPage(request, language, url));
    }
    // A page that is not kept reads its whole address (a link's token is in its query).
    return renderPage(request, language, request.url, options.data);
  }

  const send: SendWebPage = async (request, reply, options = {}) => {
    const language = requestLanguage(request);
    try {
      return sendPage(request, reply, await pageFor(request, language, options), options);
    } catch (error) {
      if (error instanceof RenderQueueFull) return sendBusy(reply, language);
      throw error;
    }
  };
  return { send, cache };
}

function validUntil(pattern: string | undefined, data: unknown[], now: Date): Date | null {
  const phase = nextPhaseChange(data, now);
  if (pattern !== '/n/:network/live/:event') return phase;
  const soon = new Date(now.getTime() + LIVE_PAGE_MS);
  return phase && phase < soon ? phase : soon;
}

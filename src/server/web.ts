import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findPublicEvent } from '#server/features/events/events.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { type Language, type LocalizedText, localized } from '#shared/common.ts';
import { LINK_PAGES, matchRoute, WEB_ROUTES } from '#shared/routes.ts';
import type { PageMeta } from './pages/document.ts';
import { createWebPages } from './pages/web-pages.ts';
import { translator } from './platform/i18n.ts';
import { markdownToText } from './platform/markdown.ts';
import { perClient } from './platform/rate-limit.ts';

const webRoot = join(import.meta.dirname, '../../dist/web');

/** Title and description for a path, from the database where the page is public. */
async function metaFor(app: FastifyInstance, request: FastifyRequest, language: Language): Promise<PageMeta> {
  const t = translator(language);
  const path = request.url.split('?')[0] ?? '/';
  const route = [...WEB_ROUTES, ...LINK_PAGES]
    .map((r) => ({ r, params: matchRoute(r, path) }))
    .find((m) => m.params);
  const site = { title: 'Verkosto', description: t('meta.siteDescription'), found: Boolean(route) };
  if (!route) return { ...site, title: `${t('meta.notFound')} – Verkosto` };
  const slug = route.params?.network;
  if (!slug) return site;
  const network = await app.networkCache.get(slug.toLowerCase());
  const notFound = { ...site, title: `${t('meta.notFound')} – Verkosto`, found: false };
  if (!network) return notFound;
  const eventSlug = route.params?.event;
  if (eventSlug) {
    const event = await findPublicEvent(app.db, network, eventSlug);
    if (!event) return notFound;
    const text = (value: LocalizedText) => localized(value, language, network.mainLanguage);
    const networkName = text(network.name);
    const description = markdownToText(text(event.introduction)).slice(0, 200) || networkName;
    return { title: `${text(event.title)} – ${networkName} – Verkosto`, description, found: true };
  }
  return networkMeta(network, language, site.description);
}

// Keyed by the cached row: when the network changes, the cache holds a new row and this starts over.
const networkMetas = new WeakMap<NetworkRow, Map<Language, PageMeta>>();

function networkMeta(network: NetworkRow, language: Language, fallback: string): PageMeta {
  const byLanguage = networkMetas.get(network) ?? new Map<Language, PageMeta>();
  networkMetas.set(network, byLanguage);
  let meta = byLanguage.get(language);
  if (!meta) {
    const description = markdownToText(localized(network.description, language, network.mainLanguage)).slice(
      0,
      200,
    );
    meta = {
      title: `${localized(network.name, language, network.mainLanguage)} – Verkosto`,
      description: description || fallback,
      found: true,
    };
    byLanguage.set(language, meta);
  }
  return meta;
}

/**
 * Serves the built web app: hashed assets from dist/web, and for every page the app's HTML with
 * that page's title and Open Graph tags, so shared links preview well. Unknown paths get 404s.
 */
export const webPlugin = fp(
  async (app) => {
    const indexFile = join(webRoot, 'index.html');
    const template = existsSync(indexFile)
      ? readFileSync(indexFile, 'utf8')
      : '<!doctype html><html lang="en"><head><title>Verkosto</title><!--verkosto-meta--></head><body><p>The web app is not built: run npm run build.</p></body></html>';
    if (existsSync(webRoot)) {
      await app.register(fastifyStatic, {
        root: webRoot,
        index: false,
        wildcard: false,
        // Hashed names change with their content, so a browser may keep each one for good.
        maxAge: '365d',
        immutable: true,
        // The build writes .br and .gz beside each text asset (scripts/precompress.ts).
        preCompressed: true,
        allowedPath: (path) => path.startsWith('/assets/'),
      });
    }

    const pages = await createWebPages(app, template, (request, language) => metaFor(app, request, language));
    app.decorate('sendWebPage', pages.send);
    app.decorate('pageCache', pages.cache);
    const sendPage = (request: FastifyRequest, reply: FastifyReply) => pages.send(request, reply);

    for (const route of WEB_ROUTES) app.get(route, { schema: { hide: true } }, sendPage);

    // An attacker could probe for valid URLs if not-found answers were not rate limited.
    const notFoundLimit = app.rateLimit({
      max: 300,
      timeWindow: 60_000,
      keyGenerator: perClient('not-found'),
    });
    app.setNotFoundHandler({ preHandler: notFoundLimit }, async (request, reply) => {
      const isPage =
        (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/');
      if (isPage) return sendPage(request, reply);
      return reply.status(404).send({
        error: { code: 'not-found', message: `No route ${request.method} ${request.url.split('?')[0]}.` },
      });
    });
  },
  { name: 'web' },
);

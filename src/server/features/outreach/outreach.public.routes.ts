import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage, translator } from '#server/platform/i18n.ts';
import { simplePage } from '#server/platform/simple-page.ts';
import * as outreach from './outreach.service.ts';

type Params = { token: string };
type Page = { status?: number; title: string; text: string; button?: string };

type Translate = ReturnType<typeof translator>;
const config = { rateLimit: { max: 60, timeWindow: 60_000 } };

/** A small HTML page answering a link, in the reader's language; its button posts to the same address. */
function pageRoute(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  path: string,
  handle: (token: string, t: Translate) => Promise<Page> | Page,
) {
  app.route({
    method,
    url: path,
    schema: { hide: true },
    config,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const language = requestLanguage(request);
      const page = await handle((request.params as Params).token, translator(language));
      const html = simplePage({
        language,
        title: page.title,
        paragraphs: [page.text],
        ...(page.button ? { action: { url: request.url, label: page.button } } : {}),
      });
      return reply
        .status(page.status ?? 200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(html);
    },
  });
}

const unknownLink = (t: Translate) => ({
  status: 404,
  title: t('outreach.unsubscribe.title'),
  text: t('outreach.unsubscribe.unknown'),
});

/**
 * The links in outreach e-mails: /confirm/{token} (double opt-in) and /unsubscribe/{token}, which
 * is also the RFC 8058 one-click address mail programs POST to. Opening a link only shows a
 * button; the POST acts, so a mail scanner opening links changes nothing.
 */
export async function outreachPublicRoutes(app: FastifyInstance) {
  // One-click unsubscribe posts "List-Unsubscribe=One-Click" as a form; the body carries nothing else.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  confirmRoutes(app);
  unsubscribeRoutes(app);
}

/** Double opt-in: the link's token confirms every list of one form submission. */
function confirmRoutes(app: FastifyInstance) {
  pageRoute(app, 'GET', '/confirm/:token', (_token, t) => ({
    title: t('outreach.confirm.title'),
    text: t('outreach.confirm.question'),
    button: t('outreach.confirm.button'),
  }));

  pageRoute(app, 'POST', '/confirm/:token', async (token, t) => {
    const done = await outreach.confirmSubscription(app.db, token);
    return done
      ? {
          title: t('outreach.confirm.done'),
          text: t('outreach.confirm.lists', { lists: done.lists.join(', ') }),
        }
      : { status: 404, title: t('outreach.confirm.title'), text: t('outreach.confirm.unknown') };
  });
}

/** The unsubscribe link, signed with the installation's secret, takes its address off its list. */
function unsubscribeRoutes(app: FastifyInstance) {
  pageRoute(app, 'GET', '/unsubscribe/:token', (token, t) =>
    outreach.isUnsubscribeLink(app.config.SESSION_SECRET, token)
      ? {
          title: t('outreach.unsubscribe.title'),
          text: t('outreach.unsubscribe.question'),
          button: t('outreach.unsubscribe.button'),
        }
      : unknownLink(t),
  );

  pageRoute(app, 'POST', '/unsubscribe/:token', async (token, t) => {
    const done = await outreach.unsubscribe({ db: app.db, secret: app.config.SESSION_SECRET }, token);
    if (!done) return unknownLink(t);
    return {
      title: t('outreach.unsubscribe.done'),
      text: t('outreach.unsubscribe.detail', { email: done.email, list: done.list.name }),
    };
  });
}

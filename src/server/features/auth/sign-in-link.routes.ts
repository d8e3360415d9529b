import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requestLanguage, translator } from '#server/platform/i18n.ts';
import { simplePage } from '#server/platform/simple-page.ts';
import { LocalPath } from '#shared/auth.ts';
import { type Language, LanguageSchema } from '#shared/common.ts';
import { callAuth, copyCookies } from './auth.proxy.ts';
import { findPendingSignIn } from './auth.queries.ts';
import { magicLinkIdentifier, SIGN_IN_LINK_PATH, SIGN_IN_WINDOW_MS } from './better-auth.ts';

const LinkQuerySchema = z.object({
  token: z.string().min(1).max(200),
  callbackURL: LocalPath.default('/'),
  newUserCallbackURL: LocalPath.optional(),
  errorCallbackURL: LocalPath.optional(),
  lang: LanguageSchema.optional(),
});
type LinkQuery = z.infer<typeof LinkQuerySchema>;

type Page = { status: number; title: string; paragraphs: string[]; button?: string; link?: string };

/** Answers a valid link with a page, or with null when it answered itself (a redirect). */
type Respond = (
  query: LinkQuery,
  language: Language,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<Page | null>;

/**
 * The page an e-mailed sign-in link opens. Opening it (as mail scanners do) names the address and
 * uses nothing up; its button's POST signs in, and only from this page, so another site cannot
 * sign a visitor in as someone else (login CSRF).
 */
export async function signInLinkRoutes(app: FastifyInstance) {
  const ownOrigin = new URL(app.config.PUBLIC_URL).origin;
  // The button's form posts nothing but its URL, which carries the link.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, _body, done) => done(null),
  );
  const config = { rateLimit: { max: app.config.SIGN_IN_PER_IP, timeWindow: SIGN_IN_WINDOW_MS } };
  app.get(SIGN_IN_LINK_PATH, { schema: { hide: true }, config }, handle(askToSignIn(app)));
  app.post(SIGN_IN_LINK_PATH, { schema: { hide: true }, config }, handle(signInFromPage(app, ownOrigin)));
}

/** Opening the link: names the address it signs in as, and asks to go on with the button. */
const askToSignIn =
  (app: FastifyInstance): Respond =>
  async (query, language) => {
    const email = await findPendingSignIn(app.db, magicLinkIdentifier(query.token));
    if (!email) return unusable(language, query);
    const t = translator(language);
    return {
      status: 200,
      title: t('auth.link.title'),
      paragraphs: [t('auth.link.question', { email }), t('auth.link.notYou')],
      button: t('auth.link.button'),
    };
  };

/** The button: better-auth verifies the link and sets the session; the browser goes on to the app. */
const signInFromPage =
  (app: FastifyInstance, ownOrigin: string): Respond =>
  async (query, language, request, reply) => {
    if (request.headers.origin !== ownOrigin) {
      const t = translator(language);
      return { status: 403, title: t('auth.link.crossSiteTitle'), paragraphs: [t('auth.link.crossSite')] };
    }
    const { lang: _lang, ...callbacks } = query;
    const params = new URLSearchParams(
      Object.entries(callbacks).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const response = await callAuth(app.auth, request, {
      method: 'GET',
      url: `/api/auth/magic-link/verify?${params}`,
    });
    const location = response.headers.get('location') ?? '';
    const error = new URL(location, ownOrigin).searchParams.get('error');
    if (response.status !== 302 || error === 'INVALID_TOKEN') return unusable(language, query);
    copyCookies(response, reply);
    // 303: the browser follows with a GET, whatever it posted.
    reply.redirect(location, 303);
    return null;
  };

/** Parses the link and shows the page `respond` gives; a link that does not parse is unusable. */
const handle = (respond: Respond) => async (request: FastifyRequest, reply: FastifyReply) => {
  const parsed = LinkQuerySchema.safeParse(request.query);
  const language = parsed.data?.lang ?? requestLanguage(request);
  if (!parsed.success) return send(request, reply, language, unusable(language));
  const page = await respond(parsed.data, language, request, reply);
  return page ? send(request, reply, language, page) : reply;
};

function send(request: FastifyRequest, reply: FastifyReply, language: Language, page: Page) {
  const html = simplePage({
    language,
    title: page.title,
    paragraphs: page.paragraphs,
    ...(page.button ? { action: { url: request.url, label: page.button } } : {}),
    ...(page.link ? { links: [{ url: page.link, text: translator(language)('auth.link.askAgain') }] } : {}),
  });
  return reply
    .status(page.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}

/** A link used, expired or mangled: asking for a new one keeps where the person was going. */
function unusable(language: Language, query?: LinkQuery): Page {
  const t = translator(language);
  const next =
    query?.callbackURL && query.callbackURL !== '/' ? `?next=${encodeURIComponent(query.callbackURL)}` : '';
  return {
    status: 410,
    title: t('auth.link.unusableTitle'),
    paragraphs: [t('auth.link.unusable')],
    link: `/sign-in${next}`,
  };
}

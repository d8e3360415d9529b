import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LocalPath } from '#shared/auth.ts';
import { LanguageSchema } from '#shared/common.ts';
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

// The address carries the link's secret: no copy kept anywhere.
const linkPage = { cache: false };

/**
 * The page an e-mailed sign-in link opens (the app's own, `LINK_PAGES`). Opening it (as mail
 * scanners do) names the address and uses nothing up; its button's POST signs in, and only from
 * this page, so another site cannot sign a visitor in as someone else (login CSRF). A link used,
 * expired or mangled gets the page with 410, which offers to ask for a new one.
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
  app.get(SIGN_IN_LINK_PATH, { schema: { hide: true }, config }, async (request, reply) => {
    const query = LinkQuerySchema.safeParse(request.query);
    const email = query.success
      ? await findPendingSignIn(app.db, magicLinkIdentifier(query.data.token))
      : null;
    return app.sendWebPage(request, reply, { status: email ? 200 : 410, ...linkPage });
  });
  app.post(SIGN_IN_LINK_PATH, { schema: { hide: true }, config }, async (request, reply) => {
    const query = LinkQuerySchema.safeParse(request.query);
    if (!query.success) return app.sendWebPage(request, reply, { status: 410, ...linkPage });
    // Not from our page: nobody is signed in, and the page (its button) is offered again.
    if (request.headers.origin !== ownOrigin)
      return app.sendWebPage(request, reply, { status: 403, ...linkPage });
    return signIn(app, request, reply, query.data);
  });
}

/** better-auth verifies the link and sets the session; the browser goes on to the app. */
async function signIn(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, query: LinkQuery) {
  const { lang: _lang, ...callbacks } = query;
  const params = new URLSearchParams(
    Object.entries(callbacks).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const response = await callAuth(app.auth, request, {
    method: 'GET',
    url: `/api/auth/magic-link/verify?${params}`,
  });
  const location = response.headers.get('location') ?? '';
  const error = new URL(location, app.config.PUBLIC_URL).searchParams.get('error');
  if (response.status !== 302 || error === 'INVALID_TOKEN') {
    return app.sendWebPage(request, reply, { status: 410, ...linkPage });
  }
  copyCookies(response, reply);
  // 303: the browser follows with a GET, whatever it posted.
  return reply.redirect(location, 303);
}

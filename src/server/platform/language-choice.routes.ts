import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LanguageSchema } from '#shared/common.ts';
import { languageCookie } from '#shared/languages.ts';
import { BadRequest, fieldsFromIssues } from './errors.ts';

/** Where the page switched from: a path of this site (not `//host`, no backslash or space). */
const LOCAL_PATH = /^\/(?![/\\])[^\s\\]*$/;

const LanguageChoiceSchema = z.object({
  language: LanguageSchema,
  to: z.string().max(2000).regex(LOCAL_PATH, 'Give a path of this site, such as /n/network.').default('/'),
});

/** Back to the page, in the new language; an address that names a language (`?lang=`) names this one. */
function pageIn(language: string, to: string): string {
  const url = new URL(to, 'http://verkosto.invalid');
  if (url.searchParams.has('lang')) url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The language switch without JavaScript: its buttons post the form here, the choice is kept in
 * the cookie the app sets itself (src/web/lib/i18n.ts), and the reader goes back to the page.
 */
export async function languageChoiceRoutes(app: FastifyInstance) {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => done(null, body),
  );
  const config = { rateLimit: { max: 60, timeWindow: 60_000 } };
  const secure = app.config.PUBLIC_URL.startsWith('https:');
  app.post('/language', { schema: { hide: true }, config }, async (request, reply) => {
    const fields = Object.fromEntries(new URLSearchParams(String(request.body ?? '')));
    const choice = LanguageChoiceSchema.safeParse(fields);
    if (!choice.success)
      throw new BadRequest('Choose fi, sv or en.', fieldsFromIssues(choice.error.issues).fields);
    const { language, to } = choice.data;
    return reply
      .header('set-cookie', languageCookie(language, secure))
      .header('cache-control', 'no-store')
      .redirect(pageIn(language, to), 303);
  });
}

import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { genericOAuth, magicLink } from 'better-auth/plugins';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Db } from '#server/db/client.ts';
import { requestLanguage, translator } from '#server/platform/i18n.ts';
import type { Mailer } from '#server/platform/mail.ts';
import { simpleMail } from '#server/platform/mail-layout.ts';
import { hashToken } from '#server/platform/tokens.ts';
import { type Language, LanguageSchema } from '#shared/common.ts';
import { accounts, sessions, users, verifications } from './auth.tables.ts';

export const MAGIC_LINK_TTL_SECONDS = 15 * 60;
/** Sign-in limits' window: as long as a link lives, so a suppressed request always finds a valid link in the inbox. */
export const SIGN_IN_WINDOW_MS = MAGIC_LINK_TTL_SECONDS * 1000;
export const OIDC_PROVIDER_ID = 'oidc';
/** The page an e-mailed sign-in link opens (sign-in-link.routes.ts); better-auth's own verify URL is not served. */
export const SIGN_IN_LINK_PATH = '/sign-in/link';

/** The verification identifier better-auth keeps for a magic-link token (only its hash is stored). */
export const magicLinkIdentifier = (token: string) => `magic-link:${hashToken(token)}`;

/** What app.ts wires into a new account (people's profile), so auth does not import that feature. */
export type OnUserCreated = (db: Db, userId: string, language: Language) => Promise<void>;

type AuthDeps = {
  db: Db;
  config: Config;
  mailer: Mailer;
  log: FastifyBaseLogger;
  onUserCreated: OnUserCreated;
};

/** better-auth: e-mail magic links, database sessions, and optional OIDC single sign-on. */
export function createAuth(deps: AuthDeps) {
  const { config, db, log, onUserCreated } = deps;
  return betterAuth({
    appName: 'Verkosto',
    baseURL: config.PUBLIC_URL,
    basePath: '/api/auth',
    secret: config.SESSION_SECRET,
    trustedOrigins: [config.PUBLIC_URL],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
      },
    }),
    // Every route that reaches better-auth is limited by the app's own shared limits (auth.routes.ts).
    rateLimit: { enabled: false },
    // Errors better-auth shows at its own /error page, which is not served: the sign-in page says them.
    onAPIError: { errorURL: `${config.PUBLIC_URL}/sign-in` },
    telemetry: { enabled: false },
    // Into the server's own log, at its level (better-auth's "debug" is pino's too); an error goes
    // through the log's error serializer, so a failed query's parameters are not written.
    logger: {
      log: (level, message, ...args) => {
        const err = args.find((arg) => arg instanceof Error);
        log[level]({ err, details: args.filter((arg) => arg !== err) }, message);
      },
    },
    session: { expiresIn: 30 * 24 * 3600, updateAge: 24 * 3600 },
    advanced: { useSecureCookies: config.PUBLIC_URL.startsWith('https:'), cookiePrefix: 'verkosto' },
    databaseHooks: {
      user: {
        create: {
          // A magic-link sign-up has no name yet: start from the address's local part.
          before: async (user) => ({ data: { ...user, name: user.name || user.email.split('@')[0] } }),
          after: async (user, ctx) => {
            // Start in the language of the browser that completed sign-in.
            await onUserCreated(db, user.id, headersLanguage(ctx?.headers));
          },
        },
      },
    },
    plugins: [magicLink(magicLinkOptions(config, deps.mailer)), ...oidcPlugins(config)],
  });
}

/** The reader's language from a request's headers (the cookie, else Accept-Language). */
function headersLanguage(headers: Headers | undefined | null) {
  return requestLanguage({
    url: '',
    headers: {
      cookie: headers?.get('cookie') ?? undefined,
      'accept-language': headers?.get('accept-language') ?? undefined,
    },
  });
}

/** Sends the sign-in link: our page (opening it signs nobody in), with better-auth's token and callbacks. */
function magicLinkOptions(config: Config, mailer: Mailer): Parameters<typeof magicLink>[0] {
  return {
    expiresIn: MAGIC_LINK_TTL_SECONDS,
    storeToken: { type: 'custom-hasher', hash: async (token) => hashToken(token) },
    sendMagicLink: async ({ email, url, metadata }, ctx) => {
      const lang = LanguageSchema.safeParse(metadata?.lang);
      const language = lang.success ? lang.data : headersLanguage(ctx?.headers);
      const link = new URL(`${config.PUBLIC_URL}${SIGN_IN_LINK_PATH}`);
      link.search = new URL(url).search;
      link.searchParams.set('lang', language);
      const t = translator(language);
      const mail = simpleMail({
        language,
        subject: t('mail.signIn.subject'),
        before: [t('mail.signIn.intro')],
        link: { text: t('mail.signIn.button'), url: link.href },
        after: [t('mail.signIn.expiry'), t('mail.signIn.ignore')],
      });
      await mailer.send({ to: email, ...mail });
    },
  };
}

/** OIDC single sign-on, only when all three settings are given. */
function oidcPlugins(config: Config) {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = config;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          discoveryUrl: `${OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
          clientId: OIDC_CLIENT_ID,
          clientSecret: OIDC_CLIENT_SECRET,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
        },
      ],
    }),
  ];
}

export type Auth = ReturnType<typeof createAuth>;

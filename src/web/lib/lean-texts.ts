/**
 * The UI texts the public network home, meeting page and live room need (and the layout around
 * every page): the browser loads these first, the rest of a language only for another page
 * (docs/decisions/0021). A top-level section or a dotted path within one. scripts/split-texts.ts
 * splits each language's file by this list at build time; the server renderer has every text.
 */
export const LEAN_TEXTS = [
  'app',
  'calendarAddress',
  'common',
  'contact',
  'errorPage',
  'errors',
  'events',
  'fieldIssues',
  'footer',
  'forbidden',
  'form',
  'header',
  'join',
  'languageNames',
  'languages',
  'live',
  'meta',
  'networks',
  'notFound',
  'organisationTypes',
  'privacy',
  'targetRoles',
  'timeZones',
  'validation',
  'outreachPage.link',
  'outreachPage.interest.link',
  'outreachPage.interest.linkIntro',
  'programme.link',
  'programme.preview',
] as const;

/** The routes (src/shared/routes.ts) whose pages need only the lean texts. */
export const LEAN_ROUTES: readonly string[] = [
  '/n/:network',
  '/n/:network/events/:event',
  '/n/:network/live/:event',
];

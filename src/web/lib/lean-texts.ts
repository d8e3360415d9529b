/**
 * The UI texts the public network home and meeting page need (and the layout around every page):
 * the browser loads these first, the live room's with its page, the rest of a language only for
 * another page (docs/decisions/0021). A top-level section or a dotted path within one; the most
 * specific path decides (`live.eventPage` is lean, the rest of `live` the live room's).
 * scripts/split-texts.ts splits each language's file by these lists at build time; the server
 * renderer has every text.
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
  'live.eventPage',
  'meta',
  'networks.host',
  'networks.page',
  'networks.status',
  'networks.statusLabel',
  'notFound',
  'organisationTypes',
  'privacy.link',
  'targetRoles',
  'timeZones',
  'validation',
  'outreachPage.link',
  'outreachPage.interest.link',
  'outreachPage.interest.linkIntro',
  'programme.link',
  'programme.preview',
  'surveyResults.link',
  'surveyChanges.home',
] as const;

/** The live room's own texts. */
export const LIVE_TEXTS = ['live'] as const;

/** The survey answer form's own texts: a participant opens it from a link, often on a phone. */
export const SURVEY_TEXTS = ['surveyForm'] as const;

export const TEXT_PARTS = { lean: LEAN_TEXTS, live: LIVE_TEXTS, survey: SURVEY_TEXTS } as const;
/** The lean texts, the live room's, the answer form's, and `rest`: all the others. */
export type TextPart = keyof typeof TEXT_PARTS | 'rest';

/** The parts a route's page needs besides the lean texts (routes in src/shared/routes.ts). */
export function textPartsOf(route: string): TextPart[] {
  if (route === '/n/:network' || route === '/n/:network/events/:event') return [];
  if (route === '/n/:network/live/:event') return ['live'];
  if (route === '/n/:network/feedback/:event' || route === '/n/:network/survey/:survey') return ['survey'];
  return ['live', 'survey', 'rest'];
}

/**
 * The web app's pages. The server answers these paths with the app (and a 404 status for any
 * other path), and gives public network pages their own title and Open Graph tags.
 */
export const WEB_ROUTES = [
  '/',
  '/sign-in',
  '/me',
  '/admin',
  '/admin/audit',
  '/accessibility',
  '/networks/new',
  '/invitations/:token',
  '/n/:network',
  '/n/:network/events/:event',
  '/n/:network/settings',
  '/n/:network/programme',
  '/n/:network/live/:event',
  '/n/:network/interest',
  '/n/:network/privacy',
  '/n/:network/outreach',
  '/n/:network/surveys',
  '/n/:network/surveys/:survey',
  '/n/:network/audit',
] as const;

/**
 * Pages the links in mail and calendars open. The client knows them like the others, but the
 * server's own routes answer them, acting on the link where they must (the join link leads on to
 * the meeting while it is open) and sending the page otherwise (`app.sendWebPage`).
 */
export const LINK_PAGES = [
  '/sign-in/link',
  '/n/:network/join/:event',
  '/n/:network/confirm/:token',
  '/n/:network/unsubscribe/:token',
  /** A survey's answer form: a meeting's (by its address name) and a periodic one (by its id). */
  '/n/:network/feedback/:event',
  '/n/:network/survey/:survey',
] as const;

/** Matches a path against a route pattern; returns its parameters, or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (path === '/') return pattern === '/' ? {} : null;
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? '';
    if (part.startsWith(':')) {
      if (!value) return null;
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) return null;
  }
  return params;
}

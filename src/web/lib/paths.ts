/** Same rule as the server's: a path on this site, never `//host` or a full URL. */
const LOCAL_PATH = /^\/(?!\/)[^\s\\]*$/;

/** `value` if it is a safe path on this site (and not the sign-in page itself), else `/`. */
export function safeLocalPath(value: string | null | undefined): string {
  if (!value || value.length > 500 || !LOCAL_PATH.test(value) || value.startsWith('/sign-in')) return '/';
  return value;
}

/** The sign-in page, returning to `next` afterwards. */
export function signInPath(next?: string): string {
  const target = safeLocalPath(next);
  return target === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(target)}`;
}

export const networkPath = (slug: string) => `/n/${encodeURIComponent(slug)}`;
export const interestPath = (slug: string) => `${networkPath(slug)}/interest`;
export const privacyPath = (slug: string) => `${networkPath(slug)}/privacy`;
export const ACCESSIBILITY_PATH = '/accessibility';

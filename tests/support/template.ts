export const TEMPLATE_DB = 'verkosto_test_template';

/** The same server, but its maintenance database, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

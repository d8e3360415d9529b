/**
 * Talking to the real app the way a person would, for the benchmarks that seed it through the
 * public API: start it on a fresh PGlite DATA_DIR, sign in through the magic-link outbox as its
 * admin, and send
 * JSON requests with the session cookie.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { setupCode } from '#server/features/auth/setup-code.ts';
import { type ChildServer, freePort, startChildServer } from './child-server.ts';

export const FETCH_TIMEOUT_MS = 10_000;

/**
 * Starts `verkosto serve` on a fresh PGlite `dataDir` without DEMO (the only data is what the
 * benchmark seeds), `LOG_LEVEL=warn` and `PUBLIC_URL` on its own port; `env` adds to that.
 */
export async function startApp(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const port = await freePort();
  return startChildServer({
    name: 'verkosto',
    script: 'src/cli/verkosto.ts',
    args: ['serve'],
    port,
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
  });
}

/**
 * The magic-link sign-in: ask for a link, read it from the outbox, press the link page's button
 * (a POST to the link, without following the redirect), keep the session cookie. Signing in makes
 * nobody admin, so the person then enters the setup code, derived from the secret the server
 * generated in `dataDir`.
 */
export async function signInAsAdmin(app: ChildServer, dataDir: string, email: string): Promise<string> {
  const outbox = join(dataDir, 'outbox');
  await call(app, 'POST', '/api/auth/sign-in/magic-link', '', { email, callbackURL: '/' }, 200);
  const mail = decodeQuotedPrintable(await firstMail(outbox));
  const prefix = `${app.baseUrl}/sign-in/link?`;
  const start = mail.indexOf(prefix);
  if (start < 0) throw new Error(`no sign-in link (${prefix}…) in the e-mail:\n${mail.slice(0, 2_000)}`);
  const link = (/^[^\s"<>]+/.exec(mail.slice(start))?.[0] ?? prefix).replaceAll('&amp;', '&');
  const verified = await fetch(link, {
    method: 'POST',
    headers: { origin: app.baseUrl },
    redirect: 'manual',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  await verified.body?.cancel();
  const cookie = verified.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((pair) => /^[^=]+=./.test(pair)) // skip cookies being cleared (empty value)
    .join('; ');
  if (!cookie) throw new Error(`the sign-in link gave no session cookie (status ${verified.status})`);
  const secret = (await readFile(join(dataDir, 'session-secret'), 'utf8')).trim();
  await call(app, 'POST', '/api/setup', cookie, { code: setupCode(secret) }, 204);
  return cookie;
}

/** Waits (bounded) for the first .eml in the outbox. */
export async function firstMail(outbox: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = await readdir(outbox).catch(() => [] as string[]);
    const first = files.filter((f) => f.endsWith('.eml')).sort()[0];
    if (first) return readFile(join(outbox, first), 'utf8');
    if (Date.now() > deadline) throw new Error(`no e-mail in ${outbox} within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}

/** Quoted-printable, as far as an ASCII link needs: soft line breaks joined, =XX decoded (=3D to =). */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * A JSON request to the app (with the session cookie and origin header when signed in; `cookie`
 * empty for an anonymous one); it must answer `expected`. Returns the parsed body (null if empty).
 */
export async function call(
  app: ChildServer,
  method: 'GET' | 'POST',
  path: string,
  cookie: string,
  body: unknown,
  expected: number,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers.origin = app.baseUrl;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${method} ${path} answered ${response.status}, not ${expected}: ${text.slice(0, 500)}`);
  }
  return text ? JSON.parse(text) : null;
}

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppOptions, buildApp } from '#server/app.ts';
import { loadConfig } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { makeAdmin } from '#server/features/auth/auth.service.ts';
import { createTestDatabase } from './database.ts';

export const TEST_ORIGIN = 'http://localhost:3000';

export type TestApp = {
  app: FastifyInstance;
  /** PUBLIC_URL: the origin our own pages have. */
  origin: string;
  database: Database;
  dataDir: string;
  /** `inject` as a browser on our own pages would send it: with Origin, and cookies when given. */
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  /** The e-mails written to DATA_DIR/outbox, oldest first, as raw text. */
  outbox(): Promise<string[]>;
  close(): Promise<void>;
};

/** A person with an account, signed in: `cookie` is their session. */
export type SignedIn = { email: string; userId: string; cookie: string };

export type TestAppOptions = Pick<AppOptions, 'logStream'> & {
  /**
   * First run done: this person is installation admin, as `verkosto admin add` makes them, and
   * signed in (`t.admin`). Tests of first run itself leave it out.
   */
  admin?: string;
};

export type TestAppWithAdmin = TestApp & { admin: SignedIn };

/**
 * The whole app on a fresh database, mail going to a temporary outbox. Given `shareDatabase`, a
 * second instance on the same database, as behind a load balancer (closing it leaves the database).
 * Given `logStream`, log lines go there (set LOG_LEVEL in `env`; tests run silent). Given `admin`,
 * first run is done and that person is signed in as the installation admin (`t.admin`).
 */
export function buildTestApp(
  env?: Record<string, string>,
  shareDatabase?: Database,
  options?: TestAppOptions & { admin?: undefined },
): Promise<TestApp>;
export function buildTestApp(
  env: Record<string, string>,
  shareDatabase: Database | undefined,
  options: TestAppOptions & { admin: string },
): Promise<TestAppWithAdmin>;
export async function buildTestApp(
  env: Record<string, string> = {},
  shareDatabase?: Database,
  options: TestAppOptions = {},
): Promise<TestApp | TestAppWithAdmin> {
  const t = await buildBareTestApp(env, shareDatabase, options);
  if (!options.admin) return t;
  const admin = { ...(await addAdmin(t, options.admin)), cookie: await signIn(t, options.admin) };
  return Object.assign(t, { admin });
}

async function buildBareTestApp(
  env: Record<string, string>,
  shareDatabase: Database | undefined,
  { logStream }: TestAppOptions,
): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'verkosto-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PUBLIC_URL: TEST_ORIGIN,
    SESSION_SECRET: 'test-secret-that-is-at-least-32-characters-long',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const database = shareDatabase ?? (await createTestDatabase());
  const app = await buildApp({ config, database, ...(logStream ? { logStream } : {}) });
  await app.ready();
  return {
    app,
    origin: config.PUBLIC_URL,
    database,
    dataDir,
    request: ({ cookie, headers, ...options }) =>
      app.inject({
        ...options,
        headers: { origin: config.PUBLIC_URL, ...(cookie ? { cookie } : {}), ...headers },
      }),
    outbox: async () => {
      const dir = join(dataDir, 'outbox');
      const files = (await readdir(dir).catch(() => [])).sort();
      return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    },
    close: async () => {
      await app.close();
      if (!shareDatabase) await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A raw e-mail with its quoted-printable parts decoded, for reading as a person would. */
export function readable(mail: string): string {
  const text = mail.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The first URL in a raw e-mail that starts with `prefix`. */
export function linkIn(mail: string, prefix: string): string {
  const unfolded = readable(mail);
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = unfolded.match(new RegExp(`${escaped}[^\\s"<>]+`));
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${mail}`);
  return match[0];
}

/** The sign-in link (our page's address, path and query) in the `index`th e-mail of the outbox. */
export async function signInLinkAt(t: TestApp, index: number): Promise<string> {
  const mail = (await t.outbox())[index];
  if (!mail) throw new Error(`no e-mail number ${index + 1} in the outbox`);
  const link = new URL(linkIn(mail, `${t.origin}/sign-in/link`));
  return `${link.pathname}${link.search}`;
}

/**
 * Signs in by magic link, as a person would: ask, read the e-mail, press the link page's button
 * (a POST to the page's own address; opening the page first changes nothing). Returns the cookie.
 */
export async function signIn(t: TestApp, email: string): Promise<string> {
  const before = (await t.outbox()).length;
  const asked = await t.request({
    method: 'POST',
    url: '/api/auth/sign-in/magic-link',
    payload: { email, callbackURL: '/' },
  });
  if (asked.statusCode !== 200) throw new Error(`sign-in refused: ${asked.statusCode} ${asked.body}`);
  const verified = await t.request({ method: 'POST', url: await signInLinkAt(t, before) });
  const cookie = cookieFrom(verified);
  if (!cookie) throw new Error(`sign-in link gave no session: ${verified.statusCode} ${verified.body}`);
  return cookie;
}

/** What `npx verkosto admin add EMAIL` does: the person (created if new) becomes installation admin. */
export async function addAdmin(t: TestApp, email: string): Promise<{ email: string; userId: string }> {
  const admin = await makeAdmin(t.database.db, email, { createUser: true });
  if (!admin) throw new Error(`${email} was not made admin`);
  return { email: admin.email, userId: admin.userId };
}

export function cookieFrom(response: LightMyRequestResponse): string {
  return response.cookies
    .filter((c) => c.value)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}

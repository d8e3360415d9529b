import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '#server/config.ts';
import { type Database, openDatabase } from '#server/db/client.ts';
import { readLockHolder } from '#server/db/data-dir-lock.ts';
import { listAuditEntries } from '#server/features/audit/audit.service.ts';
import { findUserByEmail, isInstallationAdmin } from '#server/features/auth/auth.queries.ts';
import { findNetworkBySlug } from '#server/features/networks/networks.queries.ts';
import { BUDGET } from '#test/budget.ts';
import { Child, runChild, stopChildren } from '#test/child.ts';
import { createTestDatabase } from '#test/database.ts';

const cli = join(import.meta.dirname, '../../bin/verkosto.js');

let dataDir: string;
let postgres: Database | undefined;
const folders: string[] = [];
beforeAll(async () => {
  dataDir = await folder();
  // On the PostgreSQL run the CLI works on a fresh database of its own; otherwise on PGlite in dataDir.
  if (process.env.DATABASE_URL) postgres = await createTestDatabase();
});
afterAll(async () => {
  await stopChildren();
  await postgres?.close();
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'verkosto-cli-'));
  folders.push(dir);
  return dir;
}

type Env = Record<string, string>;

/** The CLI's environment: this run's database, or PGlite in `dir` when `pglite` is asked for. */
function cliEnv(extra: Env = {}, options: { dir?: string; pglite?: boolean } = {}) {
  const env: Env = {
    ...(process.env as Env),
    DATA_DIR: options.dir ?? dataDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
    ...extra,
  };
  // The installation's own secret, kept in DATA_DIR, is what a backup carries.
  delete env.SESSION_SECRET;
  if (postgres?.kind === 'postgres' && !options.pglite) env.DATABASE_URL = postgres.url;
  return env;
}

/** `verkosto ARGS` run to its end with `env`: its output, or a rejection with its status and output. */
const run = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  runChild(process.execPath, [cli, ...args], env, `verkosto ${args.join(' ')}`);

function verkosto(...args: string[]) {
  return run(cliEnv(), ...args);
}

/** Opens what the CLI wrote, after it has exited (PGlite allows one process at a time). */
async function inspect<T>(look: (db: Database['db']) => Promise<T>, dir = dataDir): Promise<T> {
  if (postgres && dir === dataDir) return look(postgres.db);
  const database = await openDatabase({ dataDir: dir });
  try {
    return await look(database.db);
  } finally {
    await database.close();
  }
}

type Served = { child: Child; address: string; log: () => string; stop(): Promise<number | null> };

/** `verkosto serve` in its own process; resolves once it says it is serving. */
async function startServer(env: Env): Promise<Served> {
  const child = new Child(
    process.execPath,
    [cli, 'serve'],
    { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    'verkosto serve',
  );
  await child.untilOutput(/Verkosto is serving/);
  const [, address = ''] = await child.untilOutput(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
  return {
    child,
    address,
    log: () => child.output,
    stop: async () => (await child.stop()).code,
  };
}

/** PGlite's amcheck over every btree index: the names of the corrupt ones and why. */
async function corruptIndexes(dir: string): Promise<string[]> {
  const database = await openDatabase({ dataDir: dir, extensions: { amcheck } });
  if (database.kind !== 'pglite') throw new Error('expected PGlite');
  try {
    await database.pglite.exec('CREATE EXTENSION IF NOT EXISTS amcheck');
    const { rows } = await database.pglite.query<{ name: string }>(`
      SELECT c.oid::regclass::text AS name FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
      WHERE am.amname = 'btree' AND c.relkind = 'i' AND i.indisvalid AND c.relpersistence <> 't'`);
    expect(rows.length).toBeGreaterThan(50);
    const corrupt: string[] = [];
    for (const { name } of rows) {
      await database.pglite
        .query('SELECT bt_index_check($1::regclass, true)', [name])
        .catch((error: Error) => corrupt.push(`${name}: ${error.message}`));
    }
    return corrupt;
  } finally {
    await database.close();
  }
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

// Each test starts the CLI several times, each start loading the whole server: a budget of its own.
describe('verkosto CLI', { timeout: BUDGET.process }, () => {
  const all = ['serve', 'migrate', 'demo', 'admin', 'backup', 'restore'];

  it('explains itself and each command with --help', async () => {
    const { stdout } = await verkosto('--help');
    for (const command of all) expect(stdout).toContain(command);
    // Every variable the configuration reads (config.ts is the only reader of the environment).
    for (const variable of Object.keys(ConfigSchema.shape)) expect(stdout).toContain(variable);
    for (const command of all) {
      expect((await verkosto(command, '--help')).stdout).toContain(`Usage: verkosto ${command}`);
    }
  });

  it('migrates, adds an admin and loads the demo network once', async () => {
    expect((await verkosto('migrate')).stdout).toContain('up to date');
    expect((await verkosto('admin', 'add', 'Admin@Example.org')).stdout).toContain('admin@example.org');
    expect((await verkosto('demo')).stdout).toContain('Loaded');
    expect((await verkosto('demo')).stdout).toContain('already there');
    await inspect(async (db) => {
      const admin = await findUserByEmail(db, 'admin@example.org');
      expect(admin && (await isInstallationAdmin(db, admin.id))).toBe(true);
      const logged = await listAuditEntries(db, { scope: { networkId: null }, limit: 5 });
      expect(logged.entries).toMatchObject([
        {
          action: 'admin.add',
          actor: { userId: null, email: null, as: 'operator' },
          target: { type: 'user', id: admin?.id },
          details: { via: 'command line', operator: userInfo().username },
        },
      ]);
      expect((await findNetworkBySlug(db, 'digin-edistajat'))?.hashtag).toBe('#DiginEdistäjät');
    });
  });

  it('fails with a clear message and status 2 on misuse or bad configuration', async () => {
    await expect(verkosto('admin', 'add', 'not-an-address')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('verkosto admin add EMAIL'),
    });
    await expect(verkosto('backup')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('verkosto backup FILE'),
    });
    await expect(verkosto('frobnicate')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown'),
    });
    await expect(run({ ...process.env, PORT: 'x' }, 'migrate')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('PORT'),
    });
  });

  it('serves until SIGTERM, then stops cleanly', async () => {
    const server = await startServer(cliEnv());
    expect(await (await fetch(`${server.address}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await server.stop()).toBe(0);
    expect(server.log()).toContain('finishing open requests, then stopping');
  });

  it('acts through a running PGlite server, refuses a second server and a restore, and leaves the data sound', async () => {
    const dir = await folder();
    const env = cliEnv({}, { dir, pglite: true });
    const cmd = (...args: string[]) => run(env, ...args);
    const server = await startServer(env);
    const pid = server.child.process.pid;
    const through = `Through the running server (process ${pid}): `;
    try {
      expect((await cmd('admin', 'add', 'a@b.fi')).stdout).toBe(
        `${through}a@b.fi is an installation admin.\n`,
      );
      expect((await cmd('demo')).stdout).toBe(`${through}Loaded the demo network digin-edistajat.\n`);
      expect((await cmd('migrate')).stdout).toMatch(`${through}Migrations are up to date (`);
      const file = join(await folder(), 'verkosto.backup');
      expect((await cmd('backup', file)).stdout).toContain(`Wrote ${file} (`);
      expect((await stat(file)).mode & 0o777).toBe(0o600);

      expect(await refusal(cmd('restore', file))).toEqual({
        code: 1,
        stderr: `A restore needs the installation to itself: stop the running server (process ${pid}) first.\n`,
      });
      const second = new Child(process.execPath, [cli, 'serve'], { ...env, PORT: '0' }, 'a second serve');
      expect((await second.exited).code).toBe(1);
      expect(second.stderr).toContain(`is in use by \`verkosto serve\` (process ${pid}, since `);
      // What the commands did, the server sees at once: the demo network's home page is there.
      expect((await fetch(`${server.address}/n/digin-edistajat`)).status).toBe(200);
      expect(await server.stop()).toBe(0);
      expect(readLockHolder(dir)).toBeNull();

      await inspect(async (db) => {
        const admin = await findUserByEmail(db, 'a@b.fi');
        expect(admin && (await isInstallationAdmin(db, admin.id))).toBe(true);
        expect(await findNetworkBySlug(db, 'digin-edistajat')).not.toBeNull();
      }, dir);
      expect(await corruptIndexes(dir)).toEqual([]);

      // The backup written through the server restores into a new folder, secret and all.
      const restored = await folder();
      const into = (...args: string[]) => run(cliEnv({}, { dir: restored, pglite: true }), ...args);
      expect((await into('restore', file)).stdout).toMatch(/^Restored \d+ rows in \d+ tables from /);
      expect(await readFile(join(restored, 'session-secret'), 'utf8')).toBe(
        await readFile(join(dir, 'session-secret'), 'utf8'),
      );
      await inspect(async (db) => {
        expect(await findNetworkBySlug(db, 'digin-edistajat')).not.toBeNull();
        expect(await findUserByEmail(db, 'a@b.fi')).not.toBeNull();
      }, restored);
      const again = await refusal(into('restore', file));
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^The installation is not empty: .*networks \(1 row\)/);
    } finally {
      if (server.child.running) await server.stop();
    }
  });

  if (process.env.DATABASE_URL) {
    it('acts on PostgreSQL directly while a server runs there, and refuses a restore then', async () => {
      const server = await startServer(cliEnv());
      try {
        expect((await verkosto('admin', 'add', 'pg@b.fi')).stdout).toBe(
          'pg@b.fi is an installation admin.\n',
        );
        const file = join(await folder(), 'pg.backup');
        expect((await verkosto('backup', file)).stdout).toContain(`Wrote ${file} (`);
        const refused = await refusal(verkosto('restore', file));
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('A restore needs the database to itself, and `verkosto serve`');
      } finally {
        expect(await server.stop()).toBe(0);
      }
    });
  }
});

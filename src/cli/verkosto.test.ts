import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '#server/db/client.ts';
import { listAuditEntries } from '#server/features/audit/audit.service.ts';
import { findUserByEmail, isInstallationAdmin } from '#server/features/auth/auth.queries.ts';
import { findNetworkBySlug } from '#server/features/networks/networks.queries.ts';
import { createTestDatabase } from '#test/database.ts';

const run = promisify(execFile);
const cli = join(import.meta.dirname, '../../bin/verkosto.js');

let dataDir: string;
let postgres: Database | undefined;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'verkosto-cli-'));
  // On the PostgreSQL run the CLI works on a fresh database of its own; otherwise on PGlite in dataDir.
  if (process.env.DATABASE_URL) postgres = await createTestDatabase();
});
afterAll(async () => {
  await postgres?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function cliEnv(extra: Record<string, string> = {}) {
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', ...extra };
  if (postgres?.kind === 'postgres') env.DATABASE_URL = postgres.url;
  return env;
}

function verkosto(...args: string[]) {
  return run(process.execPath, [cli, ...args], { env: cliEnv() });
}

/** Opens what the CLI wrote, after it has exited (PGlite allows one process at a time). */
async function inspect<T>(look: (db: Database['db']) => Promise<T>): Promise<T> {
  if (postgres) return look(postgres.db);
  const database = await openDatabase({ dataDir });
  try {
    return await look(database.db);
  } finally {
    await database.close();
  }
}

describe('verkosto CLI', () => {
  it('explains itself and each command with --help', async () => {
    const { stdout } = await verkosto('--help');
    for (const command of ['serve', 'migrate', 'demo', 'admin']) expect(stdout).toContain(command);
    for (const command of ['serve', 'migrate', 'demo', 'admin']) {
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
    await expect(verkosto('frobnicate')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown'),
    });
    await expect(
      run(process.execPath, [cli, 'migrate'], { env: { ...process.env, PORT: 'x' } }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('PORT'),
    });
  });

  it('serves until SIGTERM, then stops cleanly', async () => {
    const server = spawn(process.execPath, [cli, 'serve'], {
      env: cliEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let log = '';
    const address = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        log += chunk;
        const found = log.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
        if (found?.[1]) resolve(found[1]);
      });
      server.once('exit', () => reject(new Error(`serve exited early:\n${log}`)));
    });
    expect(await (await fetch(`${address}/healthz`)).json()).toEqual({ status: 'ok' });
    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
    expect(log).toContain('finishing open requests, then stopping');
  });
});

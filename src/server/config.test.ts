import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verkosto-config-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: dir,
      PUBLIC_URL: 'http://localhost:3000',
      DEMO: false,
      LOG_LEVEL: 'info',
      REQUEST_TIMEOUT_SECONDS: 120,
      HEADERS_TIMEOUT_SECONDS: 20,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('generates SESSION_SECRET once and keeps it in DATA_DIR', async () => {
    const first = loadConfig({ DATA_DIR: dir }).SESSION_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).SESSION_SECRET).toBe(first);
    expect((await readFile(join(dir, 'session-secret'), 'utf8')).trim()).toBe(first);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL'],
    [{ SMTP_URL: 'nope' }, 'SMTP_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ DEMO: 'maybe' }, 'DEMO'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ OIDC_ISSUER: 'https://id.example' }, 'OIDC_CLIENT_ID'],
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, 'REQUEST_TIMEOUT_SECONDS'],
    [{ REQUEST_TIMEOUT_SECONDS: '30', HEADERS_TIMEOUT_SECONDS: '60' }, 'HEADERS_TIMEOUT_SECONDS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '1' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'proxy.example' }, 'TRUST_PROXY'],
    [{ SIGN_IN_PER_IP: '0' }, 'SIGN_IN_PER_IP'],
  ])('names the variable in a bad value %o', (env, name) => {
    expect(() => loadConfig({ DATA_DIR: dir, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir, ...env })).toThrow(name);
  });

  it('accepts a PostgreSQL URL and PUBLIC_URL without a trailing slash', () => {
    const config = loadConfig({
      DATA_DIR: dir,
      DATABASE_URL: 'postgres://root@127.0.0.1:5432/test',
      PUBLIC_URL: 'https://verkosto.example/',
      DEMO: '1',
    });
    expect(config).toMatchObject({ PUBLIC_URL: 'https://verkosto.example', DEMO: true });
  });

  it('refuses to trust every proxy or a hop count, saying what to give instead', () => {
    for (const value of ['true', '2']) {
      expect(() => loadConfig({ DATA_DIR: dir, TRUST_PROXY: value })).toThrow(
        /choose its own address.*loopback/,
      );
    }
  });

  it('takes the proxies in front as addresses, CIDR ranges or range names', () => {
    expect(loadConfig({ DATA_DIR: dir }).TRUST_PROXY).toBe(false);
    expect(
      loadConfig({ DATA_DIR: dir, TRUST_PROXY: '10.0.0.2, 192.168.0.0/16,loopback,::1' }).TRUST_PROXY,
    ).toEqual(['10.0.0.2', '192.168.0.0/16', 'loopback', '::1']);
  });
});

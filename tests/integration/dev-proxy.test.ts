import { describe, expect, it } from 'vitest';
import config from '../../vite.config.ts';

// `npm run dev`: Vite serves the app's modules and passes the API on to the server.
const resolved = (
  config as (env: { command: 'serve'; mode: string; isSsrBuild: boolean }) => {
    server: { proxy: Record<string, unknown> };
  }
)({ command: 'serve', mode: 'development', isSsrBuild: false });
const [pattern = ''] = Object.keys(resolved.server.proxy);
// Vite reads a key that starts with ^ as a regular expression.
const proxied = (path: string) => new RegExp(pattern).test(path);

describe('the dev server’s proxy', () => {
  it('passes the API on, its socket and its queries included', () => {
    expect(pattern.startsWith('^')).toBe(true);
    for (const path of [
      '/api/networks',
      '/api/networks/x/events?q=a.ts',
      '/api/live/x/socket',
      '/api/auth/get-session',
    ]) {
      expect(proxied(path), path).toBe(true);
    }
  });

  it('leaves the app’s own modules under src/web/api/ to Vite', () => {
    for (const path of [
      '/api/get-network.ts',
      '/api/get-network.ts?t=1',
      '/api/keys.ts?import',
      '/api/x.tsx',
    ]) {
      expect(proxied(path), path).toBe(false);
    }
  });
});

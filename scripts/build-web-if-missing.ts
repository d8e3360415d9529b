// `npm start` serves the built web app: build it when it is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** When the older of the two builds (the browser's app and the server renderer) was made. */
function builtAt(): number {
  try {
    return Math.min(
      statSync(join(root, 'dist/web/index.html')).mtimeMs,
      statSync(join(root, 'dist/ssr/entry-server.js')).mtimeMs,
    );
  } catch {
    return 0;
  }
}

const sources = Math.max(newest(join(root, 'src/web')), newest(join(root, 'src/shared')));
if (builtAt() < sources) {
  console.log('Building the web app…');
  const vite = join(root, 'node_modules/.bin/vite');
  const build = ['build', '--config', 'vite.config.ts', '--logLevel', 'warn'];
  execFileSync(vite, build, { cwd: root, stdio: 'inherit' });
  execFileSync(vite, [...build, '--ssr', 'entry-server.tsx'], { cwd: root, stdio: 'inherit' });
}

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

function builtAt(): number {
  try {
    return statSync(join(root, 'dist/web/index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(newest(join(root, 'src/web')), newest(join(root, 'src/shared')));
if (builtAt() < sources) {
  console.log('Building the web app…');
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

/**
 * What an operator installs with `npm install --omit=dev` must be enough to run `npm start`: every
 * package that the server, the CLI, the shared contracts or the web build (which `npm start` runs
 * when the built app is missing) load at run time is a dependency, not a devDependency.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

async function sourcesIn(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|js)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

// `import type` and `export type` are erased; anything else (even `import { type X }`) is loaded.
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The npm packages a file loads when it runs. */
function packagesOf(source: string): string[] {
  const specifiers = [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers
    .filter((s) => !/^(\.|#|node:)/.test(s) && s !== '')
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s)));
}

async function runTimePackages(files: string[]): Promise<Map<string, string>> {
  const used = new Map<string, string>();
  for (const file of files) {
    for (const name of packagesOf(await readFile(join(root, file), 'utf8'))) {
      if (!used.has(name)) used.set(name, file);
    }
  }
  return used;
}

describe('packaging', () => {
  it('lists every package the start path loads in dependencies', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const dependencies = new Set(Object.keys(manifest.dependencies));
    const files = [
      ...(await sourcesIn('src/server')),
      ...(await sourcesIn('src/cli')),
      ...(await sourcesIn('src/shared')),
      ...(await sourcesIn('src/web')),
      ...(await sourcesIn('bin')),
      'scripts/build-web-if-missing.ts',
      'vite.config.ts',
    ];
    const used = await runTimePackages(files);
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(([name]) => !dependencies.has(name)).map(([n, f]) => `${n} (${f})`);
    expect(missing, 'loaded at run time but not in dependencies').toEqual([]);
  });

  it('reads the environment only through the config schema', async () => {
    const files = [
      ...(await sourcesIn('src/server')),
      ...(await sourcesIn('src/cli')),
      ...(await sourcesIn('src/shared')),
    ];
    const readers: string[] = [];
    for (const file of files) {
      if ((await readFile(join(root, file), 'utf8')).includes('process.env')) readers.push(file);
    }
    // The CLI's help lists the schema's variables (src/cli/verkosto.test.ts checks it).
    expect(readers).toEqual(['src/server/config.ts']);
  });

  it('links from the README and docs only to files inside the repository', async () => {
    const docs = (await readdir(join(root, 'docs'), { recursive: true }))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f));
    const broken: string[] = [];
    for (const file of ['README.md', ...docs]) {
      const text = await readFile(join(root, file), 'utf8');
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:|^#/.test(target)) continue; // a web address or an anchor on the page
        const path = resolve(root, dirname(file), target.split('#')[0] ?? '');
        const inside = !relative(root, path).startsWith('..');
        if (
          !inside ||
          !(await access(path).then(
            () => true,
            () => false,
          ))
        )
          broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Assets a browser reads as text; fonts (woff2) and images are compressed already. index.html is
 * a template the server fills in per page (src/server/web.ts), and source maps are for developers.
 */
const TEXT_ASSET = /\.(?:js|css|svg|json)$/u;

/** Writes a `.br` and a `.gz` beside every text file under `dir`, at the strongest settings. */
export async function precompressDirectory(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && TEXT_ASSET.test(e.name));
  await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const body = await readFile(path);
      const br = await brotli(body, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
      await writeFile(`${path}.br`, br);
      await writeFile(`${path}.gz`, await gzipped(body, { level: constants.Z_BEST_COMPRESSION }));
    }),
  );
}

/**
 * Compresses the build's output once, so the server sends static files without compressing them
 * per request (@fastify/static's `preCompressed`). Part of every `vite build`: `npm run build`,
 * `npm test` and `npm start`'s build-when-missing all get the files.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'verkosto-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await precompressDirectory(outDir);
    },
  };
}

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LEAN_TEXTS } from '../src/web/lib/lean-texts.ts';

type Texts = { [key: string]: string | Texts };

/** The part of `texts` under the paths (`lean`), or all but it (`rest`). */
export function splitTexts(
  texts: Texts,
  part: 'lean' | 'rest',
  paths: readonly string[] = LEAN_TEXTS,
): Texts {
  const lean = new Set(paths);
  const walk = (node: Texts, prefix: string): Texts => {
    const out: Texts = {};
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const inLean = lean.has(path);
      const below = [...lean].some((p) => p.startsWith(`${path}.`));
      if (below && typeof value === 'object') {
        const inner = walk(value, path);
        if (Object.keys(inner).length > 0) out[key] = inner;
      } else if (inLean === (part === 'lean')) out[key] = value;
    }
    return out;
  };
  return walk(texts, '');
}

const SUFFIX = /\?(lean|rest)$/u;
const PREFIX = '\0verkosto-texts:';

/**
 * `import('…/fi.json?lean')` and `?rest`: the language file's lean texts (src/web/lib/lean-texts.ts)
 * or the others, each its own chunk.
 */
export function splitTextsPlugin(): Plugin {
  return {
    name: 'verkosto-split-texts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = SUFFIX.exec(source);
      if (!match) return null;
      const file = await this.resolve(source.replace(SUFFIX, ''), importer);
      // Not ending in .json, or Vite's JSON plugin would read the module written here as JSON.
      return file ? `${PREFIX}${match[1]}:${file.id}:texts` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [part, ...rest] = id.slice(PREFIX.length).split(':');
      const texts = JSON.parse(readFileSync(rest.slice(0, -1).join(':'), 'utf8')) as Texts;
      return `export default ${JSON.stringify(splitTexts(texts, part as 'lean' | 'rest'))};`;
    },
  };
}

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { TEXT_PARTS, type TextPart } from '../src/web/lib/lean-texts.ts';

type Texts = { [key: string]: string | Texts };
type Parts = Partial<Record<TextPart, readonly string[]>>;

/** The part a path belongs to: that of the most specific listed path at or above it, else `rest`. */
function ownerOf(path: string, parts: Parts): TextPart {
  let owner: TextPart = 'rest';
  let depth = -1;
  for (const [part, paths] of Object.entries(parts) as [TextPart, readonly string[]][]) {
    for (const listed of paths) {
      const covers = path === listed || path.startsWith(`${listed}.`);
      if (covers && listed.length > depth) [owner, depth] = [part, listed.length];
    }
  }
  return owner;
}

/** The texts of one part (lib/lean-texts.ts): those whose path it lists, or `rest`, all unlisted. */
export function splitTexts(texts: Texts, part: TextPart, parts: Parts = TEXT_PARTS): Texts {
  const listed = Object.values(parts).flat();
  const walk = (node: Texts, prefix: string): Texts => {
    const out: Texts = {};
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'object' && listed.some((p) => p.startsWith(`${path}.`))) {
        const inner = walk(value, path);
        if (Object.keys(inner).length > 0) out[key] = inner;
      } else if (ownerOf(path, parts) === part) out[key] = value;
    }
    return out;
  };
  return walk(texts, '');
}

const SUFFIX = /\?(lean|live|survey|rest)$/u;
const PREFIX = '\0verkosto-texts:';

/**
 * `import('…/fi.json?lean')`, `?live`, `?survey` and `?rest`: the language file's lean texts, the
 * live room's, the answer form's (src/web/lib/lean-texts.ts) or the others, each its own chunk.
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
      return `export default ${JSON.stringify(splitTexts(texts, part as TextPart))};`;
    },
  };
}

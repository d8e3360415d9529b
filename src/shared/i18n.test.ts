/**
 * The three languages say the same things: every text in English has its Finnish and Swedish
 * version with the same placeholders, and every field code the server answers has a text.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_CODES } from './errors.ts';
import en from './i18n/en.json' with { type: 'json' };
import fi from './i18n/fi.json' with { type: 'json' };
import sv from './i18n/sv.json' with { type: 'json' };

type Texts = { [key: string]: string | Texts };

/** Every text by its dotted key. */
function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const english = flatten(en);

describe.each([
  ['fi', fi],
  ['sv', sv],
])('the %s texts', (_, texts) => {
  const translated = flatten(texts);

  it('have every key English has, and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders as English', () => {
    const differing = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(translated.get(key) ?? '').join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

describe('field codes', () => {
  it('each have a text in every language', () => {
    for (const texts of [en, fi, sv]) {
      const issues = flatten(texts);
      expect(FIELD_CODES.filter((code) => !issues.get(`fieldIssues.${code}`))).toEqual([]);
    }
  });
});

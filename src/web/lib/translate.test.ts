import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '#shared/i18n/en.json' with { type: 'json' };
import fi from '#shared/i18n/fi.json' with { type: 'json' };
import sv from '#shared/i18n/sv.json' with { type: 'json' };
import { LANGUAGES } from '#shared/languages.ts';
import { mergeTexts, type Texts, type TextValues, translate } from './translate.ts';

const files: Record<(typeof LANGUAGES)[number], Texts> = { fi, sv, en };
// How the server (src/server/platform/i18n.ts) and this app configured i18next.
const reference = i18next.createInstance();
beforeAll(async () => {
  await reference.init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng: 'fi',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
});

/** Every text's key (a plural's without its `_one` / `_other`) with the text. */
function entries(node: Texts, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path.replace(/_(one|other)$/, ''), value]] : entries(value, path);
  });
}

/** Values for the text's placeholders, and counts for a plural. */
function valueSets(key: string, text: string, texts: Texts): TextValues[] {
  const names = [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1] as string);
  const values = Object.fromEntries(names.map((name) => [name, `‹${name}›`]));
  const plural = translate(texts, 'en', `${key}_other`) !== undefined;
  const empty = Object.fromEntries(names.map((name) => [name, null]));
  return plural ? [0, 1, 2, 5, 21].map((count) => ({ ...values, count })) : [values, empty, {}];
}

describe('the browser’s translator', () => {
  it('gives what i18next gives for every text in fi, sv and en, with and without its values', () => {
    let checked = 0;
    for (const language of LANGUAGES) {
      const t = reference.getFixedT(language);
      for (const [key, text] of entries(files[language])) {
        for (const values of valueSets(key, text, files[language])) {
          expect(translate(files[language], language, key, values), `${language} ${key}`).toBe(
            t(key as never, values),
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3 * 1000);
  });

  it('has no text for a missing key, a section or a key below a text', () => {
    expect(translate(en, 'en', 'no.such.key')).toBeUndefined();
    expect(translate(en, 'en', 'app')).toBeUndefined();
    expect(translate({ a: 'x' }, 'en', 'a.b')).toBeUndefined();
  });

  it('merges a part loaded later into the sections already there', () => {
    const lean: Texts = { live: { eventPage: { title: 'Live room' } }, app: { name: 'App' } };
    const live: Texts = { live: { chat: { send: 'Send' } } };
    expect(mergeTexts(lean, live)).toEqual({
      live: { eventPage: { title: 'Live room' }, chat: { send: 'Send' } },
      app: { name: 'App' },
    });
    expect(lean.live).toEqual({ eventPage: { title: 'Live room' } });
  });
});

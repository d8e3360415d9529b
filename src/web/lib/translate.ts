/**
 * The browser's translator: what i18next does with this app's texts, in a few hundred bytes
 * (docs/decisions/0023). The texts use only nested keys, `{{name}}` placeholders and the plural
 * forms `_one` and `_other`; a test checks every text in fi, sv and en against i18next itself,
 * which the server keeps for e-mail and calendars.
 */
import type { Language } from '#shared/languages.ts';

export type Texts = { [key: string]: string | Texts };
export type TextValues = { [name: string]: unknown; count?: number };

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function lookup(texts: Texts, key: string): string | undefined {
  let node: string | Texts | undefined = texts;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text for `key`, its plural form chosen by `values.count` and its placeholders filled from
 * `values` (as in i18next: one not given stays as written, null is empty); undefined when there is no such text.
 */
export function translate(
  texts: Texts,
  language: Language,
  key: string,
  values: TextValues = {},
): string | undefined {
  const plural = typeof values.count === 'number' ? `${key}_${pluralForm(language, values.count)}` : null;
  const text = (plural === null ? undefined : lookup(texts, plural)) ?? lookup(texts, key);
  return text?.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return value === null ? '' : String(value);
  });
}

/** Adds `more` to `texts`, section by section (a part loaded later joins the ones already here). */
export function mergeTexts(texts: Texts, more: Texts): Texts {
  const merged: Texts = { ...texts };
  for (const [key, value] of Object.entries(more)) {
    const here = merged[key];
    merged[key] = typeof value === 'object' && typeof here === 'object' ? mergeTexts(here, value) : value;
  }
  return merged;
}

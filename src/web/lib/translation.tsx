/**
 * The UI's texts for React: the texts loaded so far, the current language, and `useTranslation`,
 * shaped as react-i18next's (`const { t, i18n } = useTranslation()`) and typed by i18next's types,
 * while the browser runs the small translator of translate.ts (docs/decisions/0023).
 */
import type { TFunction } from 'i18next';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type fi from '#shared/i18n/fi.json';
import type { Language } from '#shared/languages.ts';
import { mergeTexts, type Texts, type TextValues, translate } from './translate.ts';

// The keys `t` accepts are those of fi.json (types only: i18next itself is not loaded here).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

export type Translation = { t: TFunction; i18n: { language: Language } };

const texts: Partial<Record<Language, Texts>> = {};
let onMissing: ((key: string) => void) | null = null;

/** Adds texts of `language` (a part of a language file, or all of it) to those loaded. */
export function addTexts(language: Language, more: Texts): void {
  texts[language] = mergeTexts(texts[language] ?? {}, more);
}

/** Called with each key that has no text (the key itself is shown instead). */
export function reportMissingTexts(report: (key: string) => void): void {
  onMissing = report;
}

const translations = new Map<Language, Translation>();

/**
 * The translation into `language`, one object per language (so React sees a change only when the
 * language changes); it reads the texts as they are when called, later parts included.
 */
export function translationIn(language: Language): Translation {
  let translation = translations.get(language);
  if (!translation) {
    const t = (key: string, values?: TextValues) => {
      const text = translate(texts[language] ?? {}, language, key, values);
      if (text !== undefined) return text;
      onMissing?.(key);
      return key;
    };
    translation = { t: t as unknown as TFunction, i18n: { language } };
    translations.set(language, translation);
  }
  return translation;
}

let current: Language = 'fi';
const listeners = new Set<() => void>();

export const currentLanguage = (): Language => current;

export function setCurrentLanguage(language: Language): void {
  current = language;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const TranslationContext = createContext<Translation | null>(null);

/** Renders `children` in `language` (the server renderer's), or in the current one, following it. */
export function TranslationProvider({ language, children }: { language?: Language; children: ReactNode }) {
  const followed = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  return <TranslationContext value={translationIn(language ?? followed)}>{children}</TranslationContext>;
}

export function useTranslation(): Translation {
  return useContext(TranslationContext) ?? translationIn(current);
}

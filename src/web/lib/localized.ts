import { createContext, useContext } from 'react';
import { type Language, type LocalizedText, localizedLanguage } from '#shared/languages.ts';
import { useLanguage } from './i18n.ts';

export interface Picked {
  text: string;
  /** The text's language when it differs from the page's (for a `lang` attribute), else undefined. */
  lang: Language | undefined;
}

/**
 * The text in `language`, else in the network's main language, else in any that has it, and which
 * language that was when it is not the page's.
 */
export function pickText(text: LocalizedText, language: Language, main: Language = 'fi'): Picked {
  const actual = localizedLanguage(text, language, main);
  const value = text[actual] ?? '';
  return { text: value, lang: value && actual !== language ? actual : undefined };
}

/**
 * The main language of the network shown, which its texts fall back to: the layout gives the page's
 * network's (inside /n/:network), a card on the home page its own network's.
 */
export const MainLanguageContext = createContext<Language>('fi');

export const useMainLanguage = (): Language => useContext(MainLanguageContext);

/** `pickText` in the current UI language, falling back to the current network's main language. */
export function useLocalized(): (text: LocalizedText) => Picked {
  const language = useLanguage();
  const main = useMainLanguage();
  return (text) => pickText(text, language, main);
}

import { LANGUAGES, type Language, type LocalizedText, localized } from '#shared/languages.ts';
import { useLanguage } from './i18n.ts';

export interface Picked {
  text: string;
  /** The text's language when it differs from the page's (for a `lang` attribute), else undefined. */
  lang: Language | undefined;
}

/** The text in `language`, else in the first language that has it, and which language that was. */
export function pickText(text: LocalizedText, language: Language): Picked {
  const value = localized(text, language);
  const actual = text[language] ? language : LANGUAGES.find((l) => text[l] === value);
  return { text: value, lang: actual && actual !== language ? actual : undefined };
}

/** `pickText` in the current UI language. */
export function useLocalized(): (text: LocalizedText) => Picked {
  const language = useLanguage();
  return (text) => pickText(text, language);
}

// The UI languages and texts in them, without zod: the public pages import these (common.ts
// re-exports them beside the schemas; docs/decisions/0021).

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedText = { fi?: string; sv?: string; en?: string };

/** The cookie that keeps the reader's choice of language, read by the server for every page. */
export const LANGUAGE_COOKIE = 'verkosto_lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language cookie as set by the switch, in the browser and by the server (`/language`). */
export function languageCookie(language: Language, secure: boolean): string {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Which language `localized` shows: the wanted one, else the main one, else any that has text. */
export function localizedLanguage(text: LocalizedText, language: Language, main: Language = 'fi'): Language {
  if (text[language]) return language;
  if (text[main]) return main;
  return LANGUAGES.find((l) => text[l]) ?? language;
}

/** The language `localized` falls back to when it is not the wanted one (for a `lang` attribute). */
export function otherLanguage(
  text: LocalizedText,
  language: Language,
  main: Language = 'fi',
): Language | undefined {
  const shown = localizedLanguage(text, language, main);
  return shown === language ? undefined : shown;
}

/** Picks the text in the wanted language, else in the main language, else in any that has it. */
export function localized(text: LocalizedText, language: Language, main: Language = 'fi'): string {
  return text[localizedLanguage(text, language, main)] ?? '';
}

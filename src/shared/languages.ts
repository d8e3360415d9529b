// The UI languages and texts in them, without zod: the public pages import these (common.ts
// re-exports them beside the schemas; docs/decisions/0021).

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedText = { fi?: string; sv?: string; en?: string };

/** Picks the text in the wanted language, else the first language that has it. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language] || LANGUAGES.map((l) => text[l]).find(Boolean) || '';
}

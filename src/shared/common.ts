import { z } from 'zod';
import { FIELD_TEXT } from './errors.ts';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** The longest e-mail address (RFC 5321's path limit). */
export const MAX_EMAIL_CHARS = 254;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_CHARS)
  .pipe(z.email({ message: FIELD_TEXT['not-an-email'] }));

/** Text in any of the three UI languages, each optional (an introduction, a description). */
export const OptionalLocalizedTextSchema = (max: number) =>
  z.strictObject({
    fi: z.string().trim().max(max).optional(),
    sv: z.string().trim().max(max).optional(),
    en: z.string().trim().max(max).optional(),
  });

/** Text in any of the three UI languages; at least one must be given. */
export const LocalizedTextSchema = (max: number) =>
  OptionalLocalizedTextSchema(max).refine((t) => Object.values(t).some(Boolean), {
    message: FIELD_TEXT['one-language'],
  });
export type LocalizedText = { fi?: string; sv?: string; en?: string };

/** A localized text in an answer: what was written, per language. */
export const LocalizedTextOutputSchema = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});

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

/**
 * An array of ids or choices in which each item may appear once (strings compared without case,
 * as PostgreSQL compares uuids); a repeat is named by its index (`listIds.2`).
 */
export function distinctArray<T extends z.ZodType<string | number>>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<unknown>();
    for (const [index, value] of items.entries()) {
      const key = typeof value === 'string' ? value.toLowerCase() : value;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: FIELD_TEXT['given-twice'], path: [index] });
      seen.add(key);
    }
  });
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type PatchShape<Shape extends z.ZodRawShape> = {
  [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>>;
};

/**
 * The body of a PATCH from an input schema: every field optional and none defaulted, so a field
 * the request does not name keeps its value. (zod's `.partial()` keeps defaults: `{"name":"x"}`
 * would reset every defaulted field.)
 */
export function patchSchema<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return z.strictObject(shape as unknown as PatchShape<Shape>);
}

/** Kept here for the web's imports; the error contract lives in errors.ts. */
export { type ApiError, ErrorSchema } from './errors.ts';

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

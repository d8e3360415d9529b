import { z } from 'zod';
import { FIELD_TEXT } from './errors.ts';
import { LANGUAGES } from './languages.ts';

/** Kept here for the server's imports; the web's public pages import languages.ts (no zod). */
export {
  LANGUAGES,
  type Language,
  type LocalizedText,
  localized,
  localizedLanguage,
  otherLanguage,
} from './languages.ts';
export const LanguageSchema = z.enum(LANGUAGES);

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

/** A localized text in an answer: what was written, per language. */
export const LocalizedTextOutputSchema = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});

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

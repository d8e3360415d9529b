import { z } from 'zod';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }));

/** Text in any of the three UI languages; at least one must be given. */
export const LocalizedTextSchema = (max: number) =>
  z
    .strictObject({
      fi: z.string().trim().max(max).optional(),
      sv: z.string().trim().max(max).optional(),
      en: z.string().trim().max(max).optional(),
    })
    .refine((t) => Object.values(t).some(Boolean), { message: 'give the text in at least one language' });
export type LocalizedText = { fi?: string; sv?: string; en?: string };

/** Picks the text in the wanted language, else the first language that has it. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language] || LANGUAGES.map((l) => text[l]).find(Boolean) || '';
}

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiError = z.infer<typeof ErrorSchema>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

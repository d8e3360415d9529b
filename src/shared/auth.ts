import { z } from 'zod';
import { EmailSchema, LanguageSchema } from './common.ts';

/** A path on this site, so sign-in can never redirect elsewhere. */
const LocalPath = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[^\s\\]*$/, 'must be a path on this site, starting with /');

export const MagicLinkRequestSchema = z.strictObject({
  email: EmailSchema,
  callbackURL: LocalPath.optional(),
  errorCallbackURL: LocalPath.optional(),
  newUserCallbackURL: LocalPath.optional(),
  metadata: z.strictObject({ lang: LanguageSchema.optional() }).optional(),
});

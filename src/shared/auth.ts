import { z } from 'zod';
import { EmailSchema, LanguageSchema } from './common.ts';
import { FIELD_TEXT } from './errors.ts';

/** The longest path sign-in returns to. */
export const MAX_LOCAL_PATH_CHARS = 500;
export const MAX_SETUP_CODE_CHARS = 100;

/** A path on this site, so sign-in can never redirect elsewhere. */
export const LocalPath = z
  .string()
  .max(MAX_LOCAL_PATH_CHARS)
  .regex(/^\/(?!\/)[^\s\\]*$/, FIELD_TEXT['not-a-path']);

export const MagicLinkRequestSchema = z.strictObject({
  email: EmailSchema,
  callbackURL: LocalPath.optional(),
  errorCallbackURL: LocalPath.optional(),
  newUserCallbackURL: LocalPath.optional(),
  metadata: z.strictObject({ lang: LanguageSchema.optional() }).optional(),
});

/** Starts sign-in at the organisation's OpenID Connect provider. */
export const OidcSignInSchema = z.strictObject({
  provider: z.literal('oidc'),
  callbackURL: LocalPath.optional(),
  errorCallbackURL: LocalPath.optional(),
});

/** The setup code that makes the first installation admin (printed in the server's log). */
export const SetupClaimSchema = z.strictObject({ code: z.string().trim().min(1).max(MAX_SETUP_CODE_CHARS) });

/** better-auth's answer to a sign-in link request (the same whether or not a mail went out). */
export const MagicLinkSentSchema = z.object({ status: z.boolean() });

/** Whom a sign-in link, not yet used, signs in: the page it opens names the address. */
export const SignInLinkSchema = z.object({ email: z.string() });
export const SignedOutSchema = z.object({ success: z.boolean() });
/** Where the browser goes next to sign in at the organisation's provider. */
export const OidcRedirectSchema = z.object({ url: z.string(), redirect: z.boolean() });

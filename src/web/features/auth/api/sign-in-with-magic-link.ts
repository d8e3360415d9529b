import { useMutation } from '@tanstack/react-query';
import type { Language } from '#shared/languages.ts';
import { apiRequest } from '../../../lib/api.ts';
import { signInPath } from '../../../lib/paths.ts';

export interface MagicLinkInput {
  email: string;
  /** Where the link in the e-mail lands after signing in. */
  callbackURL: string;
  language: Language;
}

/**
 * Asks the server to e-mail a one-time sign-in link. A failing link comes back to the sign-in
 * page (with `?error=CODE`), still remembering where the user was going.
 */
export function signInWithMagicLink({ email, callbackURL, language }: MagicLinkInput): Promise<void> {
  return apiRequest('/api/auth/sign-in/magic-link', {
    method: 'POST',
    body: { email, callbackURL, errorCallbackURL: signInPath(callbackURL), metadata: { lang: language } },
  });
}

export function useSignInWithMagicLink() {
  return useMutation({ mutationFn: signInWithMagicLink });
}

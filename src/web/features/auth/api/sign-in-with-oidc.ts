import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api.ts';

const RedirectSchema = z.object({ url: z.string().min(1), redirect: z.boolean().optional() });

/** Starts organisation (OpenID Connect) sign-in and leaves for the provider's page. */
export async function signInWithOidc(callbackURL: string): Promise<void> {
  const { url } = await apiRequest('/api/auth/sign-in/social', {
    method: 'POST',
    body: { provider: 'oidc', callbackURL, errorCallbackURL: '/sign-in' },
    schema: RedirectSchema,
  });
  window.location.assign(url);
}

export function useSignInWithOidc() {
  return useMutation({ mutationFn: signInWithOidc });
}

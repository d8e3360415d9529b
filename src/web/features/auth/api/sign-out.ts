import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../../lib/api.ts';

export function signOut(): Promise<void> {
  return apiRequest('/api/auth/sign-out', { method: 'POST', body: {} });
}

/** Signs out, goes to the front page, then reloads all data so nothing signed-in stays on screen. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      await signOut();
      // flushSync: leave the signed-in page at once, so it cannot react to the emptied session.
      await navigate('/', { flushSync: true });
      await queryClient.resetQueries();
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../../lib/api.ts';

/** Deletes the signed-in user's account and data for good. */
export function deleteAccount(): Promise<void> {
  return apiRequest('/api/me', { method: 'DELETE' });
}

/** Deletes the account, goes to the front page (which says so) and drops all signed-in data. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      await deleteAccount();
      await navigate('/', { state: { notice: 'accountDeleted' }, flushSync: true });
      await queryClient.resetQueries();
    },
  });
}

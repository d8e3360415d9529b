import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api.ts';
import { adminsKey } from './list-admins.ts';

/** Makes a person who has signed in at least once an installation admin (404 if no such person). */
export function addAdmin(email: string): Promise<void> {
  return apiRequest('/api/admin/admins', { method: 'POST', body: { email } });
}

export function useAddAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addAdmin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminsKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

export function removeMember(slug: string, userId: string): Promise<void> {
  return apiRequest(`/api/networks/${seg(slug)}/members/${seg(userId)}`, { method: 'DELETE' });
}

export function useRemoveMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(slug, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.networks.detail(slug) }),
  });
}

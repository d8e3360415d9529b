import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NetworkRole } from '#shared/people.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

export function changeMemberRole(slug: string, userId: string, role: NetworkRole): Promise<void> {
  return apiRequest(`/api/networks/${seg(slug)}/members/${seg(userId)}/role`, {
    method: 'PUT',
    body: { role },
  });
}

export function useChangeMemberRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: NetworkRole }) =>
      changeMemberRole(slug, userId, role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.networks.detail(slug) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

/** Makes the signed-in user a member (follower) of the network. */
export function followNetwork(slug: string): Promise<void> {
  return apiRequest(`/api/networks/${seg(slug)}/membership`, { method: 'POST' });
}

export function useFollowNetwork(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => followNetwork(slug),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.networks.detail(slug) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]),
  });
}

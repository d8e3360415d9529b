import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

/** Ends the signed-in user's membership of the network. */
export function unfollowNetwork(slug: string): Promise<void> {
  return apiRequest(`/api/networks/${seg(slug)}/membership`, { method: 'DELETE' });
}

export function useUnfollowNetwork(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unfollowNetwork(slug),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.networks.detail(slug) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Network, NetworkSchema, type UpdateNetwork } from '#shared/networks.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

export function updateNetwork(slug: string, changes: UpdateNetwork): Promise<Network> {
  return apiRequest(`/api/networks/${seg(slug)}`, { method: 'PATCH', body: changes, schema: NetworkSchema });
}

export function useUpdateNetwork(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateNetwork) => updateNetwork(slug, changes),
    onSuccess: (network) => {
      queryClient.setQueryData(queryKeys.networks.detail(slug), network);
      void queryClient.invalidateQueries({ queryKey: queryKeys.networks.list });
    },
  });
}

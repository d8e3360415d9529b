import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateNetwork, type Network, NetworkSchema } from '#shared/networks.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';

export function createNetwork(input: CreateNetwork): Promise<Network> {
  return apiRequest('/api/networks', { method: 'POST', body: input, schema: NetworkSchema });
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetwork,
    onSuccess: (network) => {
      queryClient.setQueryData(queryKeys.networks.detail(network.slug), network);
      void queryClient.invalidateQueries({ queryKey: queryKeys.networks.list });
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}

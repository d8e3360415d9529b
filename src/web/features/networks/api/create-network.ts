import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateNetwork, type Network, NetworkSchema } from '#shared/networks.ts';
import { apiRequest } from '../../../lib/api.ts';
import { sessionKey } from '../../auth/api/get-session.ts';
import { networkKeys } from './keys.ts';

export function createNetwork(input: CreateNetwork): Promise<Network> {
  return apiRequest('/api/networks', { method: 'POST', body: input, schema: NetworkSchema });
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetwork,
    onSuccess: (network) => {
      queryClient.setQueryData(networkKeys.detail(network.slug), network);
      void queryClient.invalidateQueries({ queryKey: networkKeys.list });
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

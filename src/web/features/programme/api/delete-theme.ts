import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

export function deleteTheme(network: string, id: string): Promise<void> {
  return apiRequest(networkApi(network, `/themes/${seg(id)}`), { method: 'DELETE' });
}

export function useDeleteTheme(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTheme(network, id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.programme(network) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.events.all(network) }),
      ]),
  });
}

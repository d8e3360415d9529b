import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, seg } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

export function deleteTheme(network: string, id: string): Promise<void> {
  return apiRequest(networkApi(network, `/themes/${seg(id)}`), { method: 'DELETE' });
}

export function useDeleteTheme(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTheme(network, id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: programmeKeys.themes(network) }),
        queryClient.invalidateQueries({ queryKey: programmeKeys.events(network) }),
      ]),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { materialsApi } from '../../../api/list-materials.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

export function deleteMaterial(network: string, slug: string, id: string): Promise<void> {
  return apiRequest(materialsApi(network, slug, `/${seg(id)}`), { method: 'DELETE' });
}

export function useDeleteMaterial(network: string, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteMaterial(network, slug, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.materials(network, slug) }),
  });
}

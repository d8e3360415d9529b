import { useQuery } from '@tanstack/react-query';
import { MaterialListSchema } from '#shared/events.ts';
import { apiRequest, seg } from '../../../lib/api.ts';
import { eventKeys } from './keys.ts';

export function listMaterials(network: string, slug: string, signal?: AbortSignal) {
  return apiRequest(`/api/networks/${seg(network)}/events/${seg(slug)}/materials`, {
    schema: MaterialListSchema,
    signal,
  });
}

export function useMaterials(network: string, slug: string) {
  return useQuery({
    queryKey: [...eventKeys.detail(network, slug), 'materials'],
    queryFn: ({ signal }) => listMaterials(network, slug, signal),
  });
}

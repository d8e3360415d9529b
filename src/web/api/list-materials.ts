import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Material, MaterialListSchema } from '#shared/events.ts';
import { apiRequest, networkApi, seg, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

/** A meeting's materials API, e.g. `materialsApi(n, e, '/files')`. */
export const materialsApi = (network: string, slug: string, rest = '') =>
  networkApi(network, `/events/${seg(slug)}/materials${rest}`);

export function listMaterials(
  network: string,
  slug: string,
  signal?: AbortSignal,
): Promise<{ materials: Material[] }> {
  return apiRequest(materialsApi(network, slug), {
    schema: unchecked<z.infer<typeof MaterialListSchema>>(),
    signal,
  });
}

export const materialsQueryOptions = (network: string, slug: string) =>
  queryOptions({
    queryKey: queryKeys.events.materials(network, slug),
    queryFn: ({ signal }) => listMaterials(network, slug, signal),
  });

export function useMaterials(network: string, slug: string) {
  return useQuery(materialsQueryOptions(network, slug));
}

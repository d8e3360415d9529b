import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Network } from '#shared/networks.ts';
import { apiRequest, seg, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

export function getNetwork(slug: string, signal?: AbortSignal): Promise<Network> {
  return apiRequest(`/api/networks/${seg(slug)}`, { schema: unchecked<Network>(), signal });
}

export const networkQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: queryKeys.networks.detail(slug),
    queryFn: ({ signal }) => getNetwork(slug, signal),
  });

export function useNetwork(slug: string) {
  return useQuery(networkQueryOptions(slug));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NetworkListSchema } from '#shared/networks.ts';
import { apiRequest, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

export type NetworkSummary = z.infer<typeof NetworkListSchema>['networks'][number];

export function listNetworks(signal?: AbortSignal) {
  return apiRequest('/api/networks', { schema: unchecked<z.infer<typeof NetworkListSchema>>(), signal });
}

export const networksQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.networks.list, queryFn: ({ signal }) => listNetworks(signal) });

export function useNetworks() {
  return useQuery(networksQueryOptions());
}

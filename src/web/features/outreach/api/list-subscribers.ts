import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type Subscriber, SubscriberSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';
import { listApi } from './list-lists.ts';

export function listSubscribers(
  network: string,
  listId: string,
  signal?: AbortSignal,
): Promise<Subscriber[]> {
  return apiRequest(listApi(network, listId, '/subscribers'), { schema: z.array(SubscriberSchema), signal });
}

export const subscribersQueryOptions = (network: string, listId: string) =>
  queryOptions({
    queryKey: queryKeys.outreach.subscribers(network, listId),
    queryFn: ({ signal }) => listSubscribers(network, listId, signal),
  });

export function useSubscribers(network: string, listId: string) {
  return useQuery(subscribersQueryOptions(network, listId));
}

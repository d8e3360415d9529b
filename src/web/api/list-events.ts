import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EventListSchema } from '#shared/events.ts';
import { apiRequest, networkApi, unchecked } from '../lib/api.ts';
import { type EventFilter, queryKeys } from './keys.ts';

export function listEvents(network: string, filter: EventFilter, signal?: AbortSignal) {
  const params = new URLSearchParams({ when: filter.when });
  if (filter.q) params.set('q', filter.q);
  if (filter.theme) params.set('theme', filter.theme);
  if (filter.year) params.set('year', filter.year);
  if (filter.limit) params.set('limit', String(filter.limit));
  return apiRequest(networkApi(network, `/events?${params}`), {
    schema: unchecked<z.infer<typeof EventListSchema>>(),
    signal,
  });
}

export const eventsQueryOptions = (network: string, filter: EventFilter) =>
  queryOptions({
    queryKey: queryKeys.events.list(network, filter),
    queryFn: ({ signal }) => listEvents(network, filter, signal),
  });

/** A list of meetings; while a new filter loads, the previous results stay shown. */
export function useEvents(network: string, filter: EventFilter) {
  return useQuery({ ...eventsQueryOptions(network, filter), placeholderData: keepPreviousData });
}

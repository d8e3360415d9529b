import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '#shared/events.ts';
import { apiRequest, networkApi, seg, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

export function getEvent(network: string, slug: string, signal?: AbortSignal): Promise<Event> {
  return apiRequest(networkApi(network, `/events/${seg(slug)}`), { schema: unchecked<Event>(), signal });
}

export const eventQueryOptions = (network: string, slug: string) =>
  queryOptions({
    queryKey: queryKeys.events.detail(network, slug),
    queryFn: ({ signal }) => getEvent(network, slug, signal),
  });

/** One meeting: the public page, the live room, the planning page and campaigns share this entry. */
export function useEvent(network: string, slug: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...eventQueryOptions(network, slug), ...options });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Event, EventSchema } from '#shared/events.ts';
import { apiRequest, seg } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

export function getEvent(network: string, slug: string, signal?: AbortSignal): Promise<Event> {
  return apiRequest(networkApi(network, `/events/${seg(slug)}`), { schema: EventSchema, signal });
}

export const eventQueryOptions = (network: string, slug: string) =>
  queryOptions({
    queryKey: programmeKeys.event(network, slug),
    queryFn: ({ signal }) => getEvent(network, slug, signal),
  });

export function useEvent(network: string, slug: string) {
  return useQuery(eventQueryOptions(network, slug));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { EventListSchema, type EventSummary } from '#shared/events.ts';
import { apiRequest } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

/** Every meeting of the network, past and future; organisers also get drafts and cancelled ones. */
export function listAllEvents(network: string, signal?: AbortSignal): Promise<{ events: EventSummary[] }> {
  return apiRequest(networkApi(network, '/events?when=all&limit=500'), { schema: EventListSchema, signal });
}

export const allEventsQueryOptions = (network: string) =>
  queryOptions({
    queryKey: programmeKeys.events(network),
    queryFn: ({ signal }) => listAllEvents(network, signal),
  });

export function useAllEvents(network: string) {
  return useQuery(allEventsQueryOptions(network));
}

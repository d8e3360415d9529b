import { queryOptions, useQuery } from '@tanstack/react-query';
import { ProgrammeSchema } from '#shared/events.ts';
import { apiRequest, seg } from '../../../lib/api.ts';
import { eventKeys } from './keys.ts';

export function getProgramme(network: string, signal?: AbortSignal) {
  return apiRequest(`/api/networks/${seg(network)}/programme`, { schema: ProgrammeSchema, signal });
}

export const programmeQueryOptions = (network: string) =>
  queryOptions({
    queryKey: eventKeys.programme(network),
    queryFn: ({ signal }) => getProgramme(network, signal),
  });

export function useProgramme(network: string) {
  return useQuery(programmeQueryOptions(network));
}

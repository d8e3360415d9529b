import { queryOptions, useQuery } from '@tanstack/react-query';
import { ProgrammeSchema } from '#shared/events.ts';
import { apiRequest, networkApi } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

export function getProgramme(network: string, signal?: AbortSignal) {
  return apiRequest(networkApi(network, '/programme'), { schema: ProgrammeSchema, signal });
}

export const programmeQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.programme(network),
    queryFn: ({ signal }) => getProgramme(network, signal),
  });

export function useProgramme(network: string) {
  return useQuery(programmeQueryOptions(network));
}

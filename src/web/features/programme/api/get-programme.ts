import { queryOptions, useQuery } from '@tanstack/react-query';
import { ProgrammeSchema, type Theme } from '#shared/events.ts';
import { apiRequest } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

export function getProgramme(network: string, signal?: AbortSignal): Promise<{ themes: Theme[] }> {
  return apiRequest(networkApi(network, '/programme'), { schema: ProgrammeSchema, signal });
}

export const programmeQueryOptions = (network: string) =>
  queryOptions({
    queryKey: programmeKeys.themes(network),
    queryFn: ({ signal }) => getProgramme(network, signal),
  });

export function useProgramme(network: string) {
  return useQuery(programmeQueryOptions(network));
}

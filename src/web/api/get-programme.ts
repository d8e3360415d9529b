import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProgrammeSchema } from '#shared/events.ts';
import { apiRequest, networkApi, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

export function getProgramme(network: string, signal?: AbortSignal) {
  return apiRequest(networkApi(network, '/programme'), {
    schema: unchecked<z.infer<typeof ProgrammeSchema>>(),
    signal,
  });
}

export const programmeQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.programme(network),
    queryFn: ({ signal }) => getProgramme(network, signal),
  });

export function useProgramme(network: string) {
  return useQuery(programmeQueryOptions(network));
}

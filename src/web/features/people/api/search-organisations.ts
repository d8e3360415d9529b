import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { OrganisationSchema } from '#shared/people.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';

const OrganisationListSchema = z.object({ organisations: z.array(OrganisationSchema) });

/** Up to 20 known organisations whose name matches `q`. */
export function searchOrganisations(q: string, signal?: AbortSignal) {
  return apiRequest(`/api/organisations?q=${encodeURIComponent(q)}`, {
    schema: OrganisationListSchema,
    signal,
  });
}

export const organisationsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: queryKeys.organisations(q),
    queryFn: ({ signal }) => searchOrganisations(q, signal),
    enabled: q.trim().length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

export function useOrganisationSearch(q: string) {
  return useQuery(organisationsQueryOptions(q.trim()));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { InterestFormInfoSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, unchecked } from '../../../lib/api.ts';

export type InterestInfo = z.infer<typeof InterestFormInfoSchema>;

/** Read unchecked: the network's home shows it (docs/decisions/0021). */
export function getInterestForm(network: string, signal?: AbortSignal): Promise<InterestInfo> {
  return apiRequest(networkApi(network, '/interest'), { schema: unchecked<InterestInfo>(), signal });
}

export const interestFormQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.outreach.interest(network),
    queryFn: ({ signal }) => getInterestForm(network, signal),
  });

/** The lists offered on the public interest form, the network's topics and the consent version. */
export function useInterestInfo(network: string) {
  return useQuery(interestFormQueryOptions(network));
}

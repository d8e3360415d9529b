import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { type InterestForm, InterestFormInfoSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export type InterestInfo = z.infer<typeof InterestFormInfoSchema>;

/** The lists offered on the public interest form, the network's topics and the consent version. */
export function useInterestInfo(network: string) {
  return useQuery({
    queryKey: queryKeys.outreach.interest(network),
    queryFn: ({ signal }) =>
      apiRequest(networkApi(network, '/interest'), { schema: InterestFormInfoSchema, signal }),
  });
}

/** Sends the interest form; the server answers the same whether or not the address was known. */
export function useSubmitInterest(network: string) {
  return useMutation({
    mutationFn: (form: InterestForm) =>
      apiRequest(networkApi(network, '/interest'), { method: 'POST', body: form }),
  });
}

import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { type InterestForm, InterestFormInfoSchema } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { outreachApi, outreachKeys } from './keys.ts';

export type InterestInfo = z.infer<typeof InterestFormInfoSchema>;

/** The lists offered on the public interest form, the network's topics and the consent version. */
export function useInterestInfo(network: string) {
  return useQuery({
    queryKey: outreachKeys.interest(network),
    queryFn: ({ signal }) =>
      apiRequest(outreachApi(network, '/interest'), { schema: InterestFormInfoSchema, signal }),
  });
}

/** Sends the interest form; the server answers the same whether or not the address was known. */
export function useSubmitInterest(network: string) {
  return useMutation({
    mutationFn: (form: InterestForm) =>
      apiRequest(outreachApi(network, '/interest'), { method: 'POST', body: form }),
  });
}

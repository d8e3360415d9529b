import { useMutation } from '@tanstack/react-query';
import type { InterestForm } from '#shared/outreach.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

/** Sends the interest form; the server answers the same whether or not the address was known. */
export function submitInterest(network: string, form: InterestForm): Promise<void> {
  return apiRequest(networkApi(network, '/interest'), { method: 'POST', body: form });
}

export function useSubmitInterest(network: string) {
  return useMutation({ mutationFn: (form: InterestForm) => submitInterest(network, form) });
}

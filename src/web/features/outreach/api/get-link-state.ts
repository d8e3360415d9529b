import { useQuery } from '@tanstack/react-query';
import { ConfirmationSchema, UnsubscriptionSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

/** What a confirmation link says now: pending, confirmed or expired, and its lists. */
export function useConfirmation(network: string, token: string) {
  return useQuery({
    queryKey: queryKeys.outreach.link(network, 'confirm', token),
    queryFn: ({ signal }) =>
      apiRequest(networkApi(network, `/confirmations/${seg(token)}`), { schema: ConfirmationSchema, signal }),
    // The page's own form changes it, and the page reloads after: never show an old answer.
    staleTime: 0,
  });
}

/** What an unsubscribe link says now: its address, its list and the network's other lists. */
export function useUnsubscription(network: string, token: string) {
  return useQuery({
    queryKey: queryKeys.outreach.link(network, 'unsubscribe', token),
    queryFn: ({ signal }) =>
      apiRequest(networkApi(network, `/unsubscriptions/${seg(token)}`), {
        schema: UnsubscriptionSchema,
        signal,
      }),
    staleTime: 0,
  });
}

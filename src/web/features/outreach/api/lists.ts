import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Language } from '#shared/common.ts';
import { type MailingListInput, MailingListSchema, SubscriberSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

const listApi = (network: string, listId: string, rest = '') =>
  networkApi(network, `/outreach/lists/${seg(listId)}${rest}`);

/** The network's mailing lists, each with its counts of subscribers per status. */
export function useLists(network: string) {
  return useQuery({
    queryKey: queryKeys.outreach.lists(network),
    queryFn: ({ signal }) =>
      apiRequest(networkApi(network, '/outreach/lists'), { schema: z.array(MailingListSchema), signal }),
  });
}

export function useSubscribers(network: string, listId: string) {
  return useQuery({
    queryKey: queryKeys.outreach.subscribers(network, listId),
    queryFn: ({ signal }) =>
      apiRequest(listApi(network, listId, '/subscribers'), { schema: z.array(SubscriberSchema), signal }),
  });
}

/** The address of a list's CSV export (a download with the session cookie). */
export const exportPath = (network: string, listId: string) => listApi(network, listId, '/export.csv');

/** Forgets the lists and their subscribers, after anything that changes them. */
export function useRefreshLists(network: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.outreach.lists(network) });
}

export function useCreateList(network: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (input: MailingListInput) =>
      apiRequest(networkApi(network, '/outreach/lists'), {
        method: 'POST',
        body: input,
        schema: z.object({ id: z.string() }),
      }),
    onSuccess: refresh,
  });
}

export function useUpdateList(network: string, listId: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (input: Partial<MailingListInput>) =>
      apiRequest(listApi(network, listId), { method: 'PATCH', body: input }),
    onSuccess: refresh,
  });
}

const AddedSchema = z.object({ status: z.enum(['confirmation-sent', 'already-confirmed']) });

/** Adds one address by hand: the person gets a confirmation e-mail first. */
export function useAddSubscriber(network: string, listId: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (input: { email: string; name: string; language: Language }) =>
      apiRequest(listApi(network, listId, '/subscribers'), {
        method: 'POST',
        body: input,
        schema: AddedSchema,
      }),
    onSuccess: refresh,
  });
}

/** Erases an address from the list (its subscription and delivery records). */
export function useRemoveSubscriber(network: string, listId: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (subscriberId: string) =>
      apiRequest(listApi(network, listId, `/subscribers/${seg(subscriberId)}`), { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type MailingList, MailingListSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

/** One list's API, e.g. `listApi(n, id, '/subscribers')`. */
export const listApi = (network: string, listId: string, rest = '') =>
  networkApi(network, `/outreach/lists/${seg(listId)}${rest}`);

/** The address of a list's CSV export (a download with the session cookie). */
export const exportPath = (network: string, listId: string) => listApi(network, listId, '/export.csv');

export function listLists(network: string, signal?: AbortSignal): Promise<MailingList[]> {
  return apiRequest(networkApi(network, '/outreach/lists'), { schema: z.array(MailingListSchema), signal });
}

export const listsQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.outreach.lists(network),
    queryFn: ({ signal }) => listLists(network, signal),
  });

/** The network's mailing lists, each with its counts of subscribers per status. */
export function useLists(network: string) {
  return useQuery(listsQueryOptions(network));
}

/** Forgets the lists and their subscribers, after anything that changes them. */
export function useRefreshLists(network: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.outreach.lists(network) });
}

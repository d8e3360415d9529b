import { useMutation } from '@tanstack/react-query';
import type { MailingListInput } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { listApi, useRefreshLists } from './list-lists.ts';

export function updateList(network: string, listId: string, input: Partial<MailingListInput>): Promise<void> {
  return apiRequest(listApi(network, listId), { method: 'PATCH', body: input });
}

export function useUpdateList(network: string, listId: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (input: Partial<MailingListInput>) => updateList(network, listId, input),
    onSuccess: refresh,
  });
}

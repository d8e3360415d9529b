import { useMutation } from '@tanstack/react-query';
import { ListCreatedSchema, type MailingListInput } from '#shared/outreach.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';
import { useRefreshLists } from './list-lists.ts';

export function createList(network: string, input: MailingListInput): Promise<{ id: string }> {
  return apiRequest(networkApi(network, '/outreach/lists'), {
    method: 'POST',
    body: input,
    schema: ListCreatedSchema,
  });
}

export function useCreateList(network: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (input: MailingListInput) => createList(network, input),
    onSuccess: refresh,
  });
}

import { useMutation } from '@tanstack/react-query';
import type { Language } from '#shared/languages.ts';
import { SubscriberAddedSchema } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { listApi, useRefreshLists } from './list-lists.ts';

type NewSubscriber = { email: string; name: string; language: Language };

/** Adds one address by hand: the person gets a confirmation e-mail first. */
export function addSubscriber(network: string, listId: string, input: NewSubscriber) {
  return apiRequest(listApi(network, listId, '/subscribers'), {
    method: 'POST',
    body: input,
    schema: SubscriberAddedSchema,
  });
}

export function useAddSubscriber(network: string, listId: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (input: NewSubscriber) => addSubscriber(network, listId, input),
    onSuccess: refresh,
  });
}

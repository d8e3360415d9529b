import { useMutation } from '@tanstack/react-query';
import { apiRequest, seg } from '../../../lib/api.ts';
import { listApi, useRefreshLists } from './list-lists.ts';

/** Erases an address from the list (its subscription and delivery records). */
export function removeSubscriber(network: string, listId: string, subscriberId: string): Promise<void> {
  return apiRequest(listApi(network, listId, `/subscribers/${seg(subscriberId)}`), { method: 'DELETE' });
}

export function useRemoveSubscriber(network: string, listId: string) {
  const refresh = useRefreshLists(network);
  return useMutation({
    mutationFn: (subscriberId: string) => removeSubscriber(network, listId, subscriberId),
    onSuccess: refresh,
  });
}

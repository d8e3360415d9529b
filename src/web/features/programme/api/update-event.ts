import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Event, EventSchema, type UpdateEvent } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

export function updateEvent(network: string, slug: string, changes: UpdateEvent): Promise<Event> {
  return apiRequest(networkApi(network, `/events/${seg(slug)}`), {
    method: 'PATCH',
    body: changes,
    schema: EventSchema,
  });
}

/** Changes a meeting (scope `following`: also the later meetings of its series). */
export function useUpdateEvent(network: string, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateEvent) => updateEvent(network, slug, changes),
    onSuccess: (event) => {
      queryClient.setQueryData(queryKeys.events.detail(network, slug), event);
      // Other meetings may have changed too (scope `following`): refetch them all.
      return queryClient.invalidateQueries({ queryKey: queryKeys.events.all(network) });
    },
  });
}

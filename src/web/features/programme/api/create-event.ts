import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateEvent, type Event, EventSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export function createEvent(network: string, input: CreateEvent): Promise<Event> {
  return apiRequest(networkApi(network, '/events'), { method: 'POST', body: input, schema: EventSchema });
}

export function useCreateEvent(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEvent) => createEvent(network, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.all(network) }),
  });
}

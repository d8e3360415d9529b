import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type CreateEvent, EventCreatedSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

/** The meeting created, and the public holiday it falls on, if it does. */
export function createEvent(
  network: string,
  input: CreateEvent,
): Promise<z.infer<typeof EventCreatedSchema>> {
  return apiRequest(networkApi(network, '/events'), {
    method: 'POST',
    body: input,
    schema: EventCreatedSchema,
  });
}

export function useCreateEvent(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEvent) => createEvent(network, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.all(network) }),
  });
}

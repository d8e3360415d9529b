import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type CreateSeries, SeriesCreatedSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export type SeriesCreated = z.infer<typeof SeriesCreatedSchema>;

export function createSeries(network: string, input: CreateSeries): Promise<SeriesCreated> {
  return apiRequest(networkApi(network, '/series'), {
    method: 'POST',
    body: input,
    schema: SeriesCreatedSchema,
  });
}

export function useCreateSeries(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSeries) => createSeries(network, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.all(network) }),
  });
}

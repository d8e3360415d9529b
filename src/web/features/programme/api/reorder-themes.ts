import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProgrammeSchema, type Theme } from '#shared/events.ts';
import { apiRequest } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

/** Saves the whole programme's new order. */
export function reorderThemes(network: string, themeIds: string[]): Promise<{ themes: Theme[] }> {
  return apiRequest(networkApi(network, '/themes/order'), {
    method: 'PUT',
    body: { themeIds },
    schema: ProgrammeSchema,
  });
}

export function useReorderThemes(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (themeIds: string[]) => reorderThemes(network, themeIds),
    onSuccess: (programme) => queryClient.setQueryData(programmeKeys.themes(network), programme),
  });
}

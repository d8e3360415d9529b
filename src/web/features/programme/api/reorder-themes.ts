import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProgrammeSchema, type Theme } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

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
    // One move after another: two quick moves sent side by side could be saved in either order.
    scope: { id: `reorder-themes:${network}` },
    mutationFn: (themeIds: string[]) => reorderThemes(network, themeIds),
    onSuccess: (programme) => queryClient.setQueryData(queryKeys.programme(network), programme),
  });
}

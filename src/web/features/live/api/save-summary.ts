import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';
import { liveApi } from '../../../lib/live-paths.ts';

/** Saves the organisers' summary of the meeting (Markdown), shown on the event page. */
export function saveSummary(network: string, event: string, summary: string): Promise<void> {
  return apiRequest(liveApi(network, event, '/summary'), { method: 'PUT', body: { summary } });
}

export function useSaveSummary(network: string, event: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (summary: string) => saveSummary(network, event, summary),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.live.room(network, event) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(network, event) });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Campaign, type CampaignInput, CampaignSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

const campaignApi = (network: string, id: string, rest = '') =>
  networkApi(network, `/outreach/campaigns/${seg(id)}${rest}`);

/** How often to ask again: every second while one is sending, now and then while one waits. */
export function pollInterval(campaigns: Campaign[] | undefined): number | false {
  if (campaigns?.some((c) => c.status === 'sending')) return 1000;
  if (campaigns?.some((c) => c.status === 'scheduled')) return 15_000;
  return false;
}

/** The network's campaigns, newest first, with their delivery counts. */
export function useCampaigns(network: string) {
  return useQuery({
    queryKey: queryKeys.outreach.campaigns(network),
    queryFn: ({ signal }) =>
      apiRequest(networkApi(network, '/outreach/campaigns'), { schema: z.array(CampaignSchema), signal }),
    refetchInterval: (query) => pollInterval(query.state.data),
  });
}

export function useCampaignActions(network: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.outreach.campaigns(network) });
  /** Creates the campaign, or saves the changes of the one given by id. */
  const save = useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CampaignInput }) =>
      id
        ? apiRequest(campaignApi(network, id), { method: 'PUT', body: input, schema: CampaignSchema })
        : apiRequest(networkApi(network, '/outreach/campaigns'), {
            method: 'POST',
            body: input,
            schema: CampaignSchema,
          }),
    onSuccess: refresh,
  });
  const test = useMutation({
    mutationFn: (id: string) =>
      apiRequest(campaignApi(network, id, '/test'), {
        method: 'POST',
        body: {},
        schema: z.object({ sentTo: z.string() }),
      }),
  });
  /** Sends now, or at `at` (an ISO date-time). */
  const send = useMutation({
    mutationFn: ({ id, at }: { id: string; at?: string }) =>
      apiRequest(campaignApi(network, id, '/send'), {
        method: 'POST',
        body: at ? { at } : {},
        schema: CampaignSchema,
      }),
    onSuccess: refresh,
  });
  return { save, test, send };
}

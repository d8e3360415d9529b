import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Campaign, CampaignSchema } from '#shared/outreach.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

/** One campaign's API, e.g. `campaignApi(n, id, '/send')`. */
export const campaignApi = (network: string, id: string, rest = '') =>
  networkApi(network, `/outreach/campaigns/${seg(id)}${rest}`);

/** How often to ask again: every second while one is sending, now and then while one waits. */
export function pollInterval(campaigns: Campaign[] | undefined): number | false {
  if (campaigns?.some((c) => c.status === 'sending')) return 1000;
  if (campaigns?.some((c) => c.status === 'scheduled')) return 15_000;
  return false;
}

export function listCampaigns(network: string, signal?: AbortSignal): Promise<Campaign[]> {
  return apiRequest(networkApi(network, '/outreach/campaigns'), { schema: z.array(CampaignSchema), signal });
}

export const campaignsQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.outreach.campaigns(network),
    queryFn: ({ signal }) => listCampaigns(network, signal),
    refetchInterval: (query) => pollInterval(query.state.data),
  });

/** The network's campaigns, newest first, with their delivery counts. */
export function useCampaigns(network: string) {
  return useQuery(campaignsQueryOptions(network));
}

/** Forgets the campaigns, after anything that changes one. */
export function useRefreshCampaigns(network: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.outreach.campaigns(network) });
}

import { useMutation } from '@tanstack/react-query';
import { type Campaign, type CampaignInput, CampaignSchema } from '#shared/outreach.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';
import { campaignApi, useRefreshCampaigns } from './list-campaigns.ts';

/** Creates the campaign, or saves the changes of the one given by id. */
export function saveCampaign(network: string, id: string | null, input: CampaignInput): Promise<Campaign> {
  return id
    ? apiRequest(campaignApi(network, id), { method: 'PUT', body: input, schema: CampaignSchema })
    : apiRequest(networkApi(network, '/outreach/campaigns'), {
        method: 'POST',
        body: input,
        schema: CampaignSchema,
      });
}

export function useSaveCampaign(network: string) {
  const refresh = useRefreshCampaigns(network);
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CampaignInput }) =>
      saveCampaign(network, id, input),
    onSuccess: refresh,
  });
}

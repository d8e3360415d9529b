import { useMutation } from '@tanstack/react-query';
import { type Campaign, CampaignSchema } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { campaignApi, useRefreshCampaigns } from './list-campaigns.ts';

/** Sends now, or at `at` (an ISO date-time). */
export function sendCampaign(network: string, id: string, at?: string): Promise<Campaign> {
  return apiRequest(campaignApi(network, id, '/send'), {
    method: 'POST',
    body: at ? { at } : {},
    schema: CampaignSchema,
  });
}

export function useSendCampaign(network: string) {
  const refresh = useRefreshCampaigns(network);
  return useMutation({
    mutationFn: ({ id, at }: { id: string; at?: string }) => sendCampaign(network, id, at),
    onSuccess: refresh,
  });
}

import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api.ts';
import { campaignApi } from './list-campaigns.ts';

const TestSentSchema = z.object({ sentTo: z.string() });

/** Sends the campaign to the organiser's own address only. */
export function sendTestCampaign(network: string, id: string): Promise<{ sentTo: string }> {
  return apiRequest(campaignApi(network, id, '/test'), { method: 'POST', body: {}, schema: TestSentSchema });
}

export function useSendTestCampaign(network: string) {
  return useMutation({ mutationFn: (id: string) => sendTestCampaign(network, id) });
}

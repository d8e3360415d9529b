import { useMutation } from '@tanstack/react-query';
import { type TestMailSent, TestMailSentSchema } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { campaignApi } from './list-campaigns.ts';

/** Sends the campaign to the organiser's own address only. */
export function sendTestCampaign(network: string, id: string): Promise<TestMailSent> {
  return apiRequest(campaignApi(network, id, '/test'), {
    method: 'POST',
    body: {},
    schema: TestMailSentSchema,
  });
}

export function useSendTestCampaign(network: string) {
  return useMutation({ mutationFn: (id: string) => sendTestCampaign(network, id) });
}

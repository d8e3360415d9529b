import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, unchecked } from '../../../lib/api.ts';
import { PERSONAL } from '../../../lib/hydration.ts';
import { feedbackApi } from './get-feedback-survey.ts';

/** The participant's one-time token for the meeting's survey, in exchange for their room token. */
export function getFeedbackToken(network: string, event: string, participantToken: string) {
  return apiRequest(feedbackApi(network, event, '/token'), {
    method: 'POST',
    body: { participantToken },
    schema: unchecked<{ token: string }>(),
  });
}

/** A POST, but the same token every time for the same participant: cached as a query. */
export const feedbackTokenQuery = (network: string, event: string, participantToken: string) =>
  queryOptions({
    queryKey: [...queryKeys.live.room(network, event), 'feedback-token', participantToken],
    queryFn: () => getFeedbackToken(network, event, participantToken),
    meta: PERSONAL,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Asked for once the card shows: the link to the survey's page carries it before the tap. */
export function useFeedbackToken(network: string, event: string, participantToken: string, enabled: boolean) {
  return useQuery({ ...feedbackTokenQuery(network, event, participantToken), enabled });
}

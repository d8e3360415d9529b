import { useQuery } from '@tanstack/react-query';
import type { PublicSurvey } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg, unchecked } from '../../../lib/api.ts';

/** The API of a meeting's feedback survey, e.g. `feedbackApi(n, e, '/answers')`. */
export const feedbackApi = (network: string, event: string, rest = '') =>
  networkApi(network, `/feedback/${seg(event)}${rest}`);

/** The meeting's feedback survey: its questions, and whether it takes answers now. */
export function getFeedbackSurvey(network: string, event: string, signal?: AbortSignal) {
  return apiRequest(feedbackApi(network, event), { schema: unchecked<PublicSurvey>(), signal });
}

/**
 * The survey the room's card asks, fetched only once the card is due. Its key is the answer
 * page's own, so following the card's link finds the survey already loaded.
 */
export function useFeedbackSurvey(network: string, event: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.networks.detail(network), 'surveys', 'form', 'feedback', event],
    queryFn: ({ signal }) => getFeedbackSurvey(network, event, signal),
    enabled,
    // Asked before the meeting began, the survey opens at its start: look again now and then.
    refetchInterval: (query) => (query.state.data?.status === 'not-yet' ? 60_000 : false),
  });
}

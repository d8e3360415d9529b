import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicSurveyChangeList } from '#shared/survey-changes.ts';
import { apiRequest, networkApi, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

/** The newest published "You said, we changed" items: the home page's, and an invitation's. */
export function listPublicSurveyChanges(network: string, signal?: AbortSignal) {
  return apiRequest(networkApi(network, '/survey-changes/public'), {
    schema: unchecked<PublicSurveyChangeList>(),
    signal,
  });
}

export const publicSurveyChangesQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.surveyChanges.public(network),
    queryFn: ({ signal }) => listPublicSurveyChanges(network, signal),
  });

export function usePublicSurveyChanges(network: string) {
  return useQuery(publicSurveyChangesQueryOptions(network));
}

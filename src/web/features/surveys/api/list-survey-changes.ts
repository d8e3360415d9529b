import { queryOptions, useQuery } from '@tanstack/react-query';
import { type SurveyChange, SurveyChangeListSchema } from '#shared/survey-changes.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export async function listSurveyChanges(network: string, signal?: AbortSignal): Promise<SurveyChange[]> {
  const answer = await apiRequest(networkApi(network, '/survey-changes'), {
    schema: SurveyChangeListSchema,
    signal,
  });
  return answer.changes;
}

export const surveyChangesQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.surveyChanges.list(network),
    queryFn: ({ signal }) => listSurveyChanges(network, signal),
  });

/** Every change the organisers recorded, published or not, newest first. */
export function useSurveyChanges(network: string) {
  return useQuery(surveyChangesQueryOptions(network));
}

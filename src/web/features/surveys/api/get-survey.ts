import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Survey, SurveySchema } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

/** One survey's API, e.g. `surveyApi(n, id, '/results')`. */
export const surveyApi = (network: string, surveyId: string, rest = '') =>
  networkApi(network, `/surveys/${seg(surveyId)}${rest}`);

export function getSurvey(network: string, surveyId: string, signal?: AbortSignal): Promise<Survey> {
  return apiRequest(surveyApi(network, surveyId), { schema: SurveySchema, signal });
}

export const surveyQueryOptions = (network: string, surveyId: string) =>
  queryOptions({
    queryKey: queryKeys.surveys.detail(network, surveyId),
    queryFn: ({ signal }) => getSurvey(network, surveyId, signal),
  });

/** A survey with its questions and its number of answers. */
export function useSurvey(network: string, surveyId: string) {
  return useQuery(surveyQueryOptions(network, surveyId));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ResultsFilter, type SurveyResults, SurveyResultsSchema } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';
import { surveyApi } from './get-survey.ts';

/** The query string of a results request, without empty values. */
export function resultsParams(filter: ResultsFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params;
}

export function getSurveyResults(
  network: string,
  surveyId: string,
  filter: ResultsFilter,
  signal?: AbortSignal,
): Promise<SurveyResults> {
  const path = surveyApi(network, surveyId, `/results?${resultsParams(filter)}`);
  return apiRequest(path, { schema: SurveyResultsSchema, signal });
}

export const surveyResultsQueryOptions = (network: string, surveyId: string, filter: ResultsFilter) =>
  queryOptions({
    queryKey: queryKeys.surveys.results(network, surveyId, filter),
    queryFn: ({ signal }) => getSurveyResults(network, surveyId, filter, signal),
  });

/** A survey's results for a filter; while another filter's load, the survey's figures shown stay. */
export function useSurveyResults(network: string, surveyId: string, filter: ResultsFilter) {
  return useQuery({
    ...surveyResultsQueryOptions(network, surveyId, filter),
    placeholderData: (previous) => (previous?.surveyId === surveyId ? previous : undefined),
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type SurveySummary, SurveySummarySchema } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

const SurveyListSchema = z.object({ surveys: z.array(SurveySummarySchema) });

export async function listSurveys(network: string, signal?: AbortSignal): Promise<SurveySummary[]> {
  const answer = await apiRequest(networkApi(network, '/surveys'), { schema: SurveyListSchema, signal });
  return answer.surveys;
}

export const surveysQueryOptions = (network: string) =>
  queryOptions({
    queryKey: queryKeys.surveys.list(network),
    queryFn: ({ signal }) => listSurveys(network, signal),
  });

/** The network's surveys: the post-meeting survey first, then the periodic ones. */
export function useSurveys(network: string) {
  return useQuery(surveysQueryOptions(network));
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type EditSurvey, type Survey, SurveySchema } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';
import { surveyApi } from './get-survey.ts';

/** Saves a survey's settings and questions; the answer's `version` went up if its structure changed. */
export function saveSurvey(network: string, surveyId: string, input: EditSurvey): Promise<Survey> {
  return apiRequest(surveyApi(network, surveyId), { method: 'PUT', body: input, schema: SurveySchema });
}

/** The saved survey replaces the cached one; its list and results (under it) are fetched again. */
export function useSaveSurvey(network: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EditSurvey) => saveSurvey(network, surveyId, input),
    onSuccess: async (survey) => {
      queryClient.setQueryData(queryKeys.surveys.detail(network, surveyId), survey);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.surveys.list(network) }),
        queryClient.invalidateQueries({
          queryKey: [...queryKeys.surveys.detail(network, surveyId), 'results'],
        }),
      ]);
    },
  });
}

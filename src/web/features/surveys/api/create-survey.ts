import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type PeriodicSurveyInput, type Survey, SurveySchema } from '#shared/surveys.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

/** Creates a periodic survey (the post-meeting survey is the network's from the start). */
export function createSurvey(network: string, input: PeriodicSurveyInput): Promise<Survey> {
  return apiRequest(networkApi(network, '/surveys'), { method: 'POST', body: input, schema: SurveySchema });
}

export function useCreateSurvey(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PeriodicSurveyInput) => createSurvey(network, input),
    onSuccess: async (survey) => {
      queryClient.setQueryData(queryKeys.surveys.detail(network, survey.id), survey);
      await queryClient.invalidateQueries({ queryKey: queryKeys.surveys.list(network) });
    },
  });
}

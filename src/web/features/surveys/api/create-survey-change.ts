import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SurveyChange, type SurveyChangeInput, SurveyChangeSchema } from '#shared/survey-changes.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export function createSurveyChange(network: string, input: SurveyChangeInput): Promise<SurveyChange> {
  return apiRequest(networkApi(network, '/survey-changes'), {
    method: 'POST',
    body: input,
    schema: SurveyChangeSchema,
  });
}

export function useCreateSurveyChange(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyChangeInput) => createSurveyChange(network, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.surveyChanges.all(network) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SurveyChange, type SurveyChangePatch, SurveyChangeSchema } from '#shared/survey-changes.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

export function updateSurveyChange(
  network: string,
  id: string,
  patch: SurveyChangePatch,
): Promise<SurveyChange> {
  return apiRequest(networkApi(network, `/survey-changes/${seg(id)}`), {
    method: 'PATCH',
    body: patch,
    schema: SurveyChangeSchema,
  });
}

/** Editing a change, or only publishing or hiding it. */
export function useUpdateSurveyChange(network: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SurveyChangePatch) => updateSurveyChange(network, id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.surveyChanges.all(network) }),
  });
}

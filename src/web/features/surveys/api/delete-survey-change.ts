import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

export function deleteSurveyChange(network: string, id: string): Promise<void> {
  return apiRequest(networkApi(network, `/survey-changes/${seg(id)}`), { method: 'DELETE' });
}

export function useDeleteSurveyChange(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSurveyChange(network, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.surveyChanges.all(network) }),
  });
}

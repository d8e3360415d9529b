import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateTheme, type Theme, ThemeSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export function createTheme(network: string, input: CreateTheme): Promise<Theme> {
  return apiRequest(networkApi(network, '/themes'), { method: 'POST', body: input, schema: ThemeSchema });
}

export function useCreateTheme(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTheme) => createTheme(network, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.programme(network) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateTheme, type Theme, ThemeSchema } from '#shared/events.ts';
import { apiRequest } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

export function createTheme(network: string, input: CreateTheme): Promise<Theme> {
  return apiRequest(networkApi(network, '/themes'), { method: 'POST', body: input, schema: ThemeSchema });
}

export function useCreateTheme(network: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTheme) => createTheme(network, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.themes(network) }),
  });
}

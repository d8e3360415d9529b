import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type Theme, ThemeSchema, type UpdateThemeSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

export type UpdateTheme = z.input<typeof UpdateThemeSchema>;

export function updateTheme(network: string, id: string, changes: UpdateTheme): Promise<Theme> {
  return apiRequest(networkApi(network, `/themes/${seg(id)}`), {
    method: 'PATCH',
    body: changes,
    schema: ThemeSchema,
  });
}

export function useUpdateTheme(network: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateTheme) => updateTheme(network, id, changes),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.programme(network) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.events.all(network) }),
      ]),
  });
}

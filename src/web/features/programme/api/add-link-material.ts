import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Material, MaterialSchema } from '#shared/events.ts';
import type { LocalizedText } from '#shared/languages.ts';
import { queryKeys } from '../../../api/keys.ts';
import { materialsApi } from '../../../api/list-materials.ts';
import { apiRequest } from '../../../lib/api.ts';

export type NewLink = { title: LocalizedText; url: string };

export function addLinkMaterial(network: string, slug: string, input: NewLink): Promise<Material> {
  return apiRequest(materialsApi(network, slug), {
    method: 'POST',
    body: { kind: 'link', ...input },
    schema: MaterialSchema,
  });
}

export function useAddLinkMaterial(network: string, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewLink) => addLinkMaterial(network, slug, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.materials(network, slug) }),
  });
}

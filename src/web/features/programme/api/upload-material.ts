import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Material, MaterialSchema } from '#shared/events.ts';
import { LANGUAGES, type LocalizedText } from '#shared/languages.ts';
import { queryKeys } from '../../../api/keys.ts';
import { materialsApi } from '../../../api/list-materials.ts';
import { apiRequest } from '../../../lib/api.ts';

/** `title` in the languages given; the file's name stands for a missing one. */
export type NewFile = { title: LocalizedText; file: File; onProgress: (fraction: number) => void };

/** Uploads one file as multipart/form-data, reporting progress as a fraction 0..1. */
export function uploadMaterial(network: string, slug: string, input: NewFile): Promise<Material> {
  const body = new FormData();
  // The fields come before the file: the server reads them as they arrive.
  for (const language of LANGUAGES) {
    const title = input.title[language];
    if (title) body.append(`title.${language}`, title);
  }
  body.append('file', input.file);
  return apiRequest(materialsApi(network, slug, '/files'), {
    method: 'POST',
    body,
    schema: MaterialSchema,
    onUploadProgress: input.onProgress,
  });
}

export function useUploadMaterial(network: string, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewFile) => uploadMaterial(network, slug, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.materials(network, slug) }),
  });
}

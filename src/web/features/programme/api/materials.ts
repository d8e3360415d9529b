import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Material, MaterialSchema } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { materialsApi } from '../../../api/list-materials.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

/** Uploads one file as multipart/form-data, reporting progress as a fraction 0..1. */
export function uploadMaterial(
  network: string,
  slug: string,
  input: { title: string; file: File },
  onProgress: (fraction: number) => void,
): Promise<Material> {
  const body = new FormData();
  body.append('title', input.title);
  body.append('file', input.file);
  return apiRequest(materialsApi(network, slug, '/files'), {
    method: 'POST',
    body,
    schema: MaterialSchema,
    onUploadProgress: onProgress,
  });
}

/** Adding a link, uploading a file and removing a material; each refreshes the meeting's list. */
export function useMaterialChanges(network: string, slug: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.events.materials(network, slug) });
  const addLink = useMutation({
    mutationFn: (input: { title: string; url: string }) =>
      apiRequest(materialsApi(network, slug), {
        method: 'POST',
        body: { kind: 'link', ...input },
        schema: MaterialSchema,
      }),
    onSuccess: refresh,
  });
  const upload = useMutation({
    mutationFn: (input: { title: string; file: File; onProgress: (fraction: number) => void }) =>
      uploadMaterial(network, slug, input, input.onProgress),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiRequest(materialsApi(network, slug, `/${seg(id)}`), { method: 'DELETE' }),
    onSuccess: refresh,
  });
  return { addLink, upload, remove };
}

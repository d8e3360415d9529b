import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorSchema } from '#shared/common.ts';
import { type Material, MaterialListSchema, MaterialSchema } from '#shared/events.ts';
import { ApiRequestError, apiRequest, seg } from '../../../lib/api.ts';
import { networkApi, programmeKeys } from './keys.ts';

const materialsKey = (network: string, slug: string) =>
  [...programmeKeys.event(network, slug), 'materials'] as const;
const materialsApi = (network: string, slug: string, rest = '') =>
  networkApi(network, `/events/${seg(slug)}/materials${rest}`);

export const materialsQueryOptions = (network: string, slug: string) =>
  queryOptions({
    queryKey: materialsKey(network, slug),
    queryFn: ({ signal }) => apiRequest(materialsApi(network, slug), { schema: MaterialListSchema, signal }),
  });

export function useMaterials(network: string, slug: string) {
  return useQuery(materialsQueryOptions(network, slug));
}

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
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', materialsApi(network, slug, '/files'));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiRequestError(0, 'network_error', 'The upload failed.'));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {}
      const ok = xhr.status >= 200 && xhr.status < 300 ? MaterialSchema.safeParse(json) : null;
      if (ok?.success) return resolve(ok.data);
      const error = ErrorSchema.safeParse(json);
      if (error.success) {
        const { code, message, fields } = error.data.error;
        return reject(new ApiRequestError(xhr.status, code, message, fields));
      }
      reject(new ApiRequestError(xhr.status, `http_${xhr.status}`, xhr.statusText));
    };
    xhr.send(body);
  });
}

export function useMaterialChanges(network: string, slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: materialsKey(network, slug) });
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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Network, NetworkSchema } from '#shared/networks.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, networkApi } from '../../../lib/api.ts';

export type NewLogo = { file: File; onProgress: (fraction: number) => void };

/** Uploads the host's logo as multipart/form-data, reporting progress as a fraction 0..1. */
export function uploadLogo(slug: string, input: NewLogo): Promise<Network> {
  const body = new FormData();
  body.append('logo', input.file);
  return apiRequest(networkApi(slug, '/logo'), {
    method: 'PUT',
    body,
    schema: NetworkSchema,
    onUploadProgress: input.onProgress,
  });
}

export function removeLogo(slug: string): Promise<Network> {
  return apiRequest(networkApi(slug, '/logo'), { method: 'DELETE', schema: NetworkSchema });
}

/** Replacing or removing the logo; the network's cached copies then show the new one. */
function useLogoMutation<Input>(slug: string, change: (input: Input) => Promise<Network>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (network) => {
      queryClient.setQueryData(queryKeys.networks.detail(slug), network);
      void queryClient.invalidateQueries({ queryKey: queryKeys.networks.list });
    },
  });
}

export const useUploadLogo = (slug: string) =>
  useLogoMutation(slug, (input: NewLogo) => uploadLogo(slug, input));
export const useRemoveLogo = (slug: string) => useLogoMutation(slug, () => removeLogo(slug));

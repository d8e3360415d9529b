import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

const AcceptedSchema = z.object({ network: z.object({ slug: z.string() }) });

export function acceptInvitation(token: string): Promise<z.infer<typeof AcceptedSchema>> {
  return apiRequest(`/api/invitations/${seg(token)}/accept`, {
    method: 'POST',
    body: {},
    schema: AcceptedSchema,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: ({ network }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.networks.detail(network.slug) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.invitation(token) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]),
  });
}

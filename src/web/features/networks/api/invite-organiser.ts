import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { InvitationSchema } from '#shared/networks.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

export function inviteOrganiser(slug: string, email: string): Promise<z.infer<typeof InvitationSchema>> {
  return apiRequest(`/api/networks/${seg(slug)}/invitations`, {
    method: 'POST',
    body: { email },
    schema: InvitationSchema,
  });
}

export function useInviteOrganiser(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => inviteOrganiser(slug, email),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.networks.members(slug) }),
  });
}

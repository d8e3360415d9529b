import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { LocalizedText } from '#shared/languages.ts';
import { NetworkRoleSchema } from '#shared/people.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

const Localized = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});

/** What an invitation link shows before it is accepted. */
export const InvitationPreviewSchema = z.object({
  network: z.object({
    slug: z.string(),
    // The name per language, as elsewhere; a plain string is taken as the same in every language.
    name: z.union([Localized, z.string().transform((name): LocalizedText => ({ fi: name }))]),
  }),
  role: NetworkRoleSchema,
  email: z.string(),
  expired: z.boolean(),
  accepted: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiRequest(`/api/invitations/${seg(token)}`, { schema: InvitationPreviewSchema, signal });
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: queryKeys.invitation(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
  });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}

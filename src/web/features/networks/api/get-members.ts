import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { MemberListSchema } from '#shared/networks.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

export type MemberList = z.infer<typeof MemberListSchema>;
export type Member = MemberList['members'][number];
export type Invitation = MemberList['invitations'][number];

export function getMembers(slug: string, signal?: AbortSignal): Promise<MemberList> {
  return apiRequest(`/api/networks/${seg(slug)}/members`, { schema: MemberListSchema, signal });
}

export const membersQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: queryKeys.networks.members(slug),
    queryFn: ({ signal }) => getMembers(slug, signal),
  });

export function useMembers(slug: string) {
  return useQuery(membersQueryOptions(slug));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Profile } from '#shared/people.ts';
import { apiRequest, unchecked } from '../lib/api.ts';
import { PERSONAL } from '../lib/hydration.ts';
import { queryKeys } from './keys.ts';

export function getProfile(signal?: AbortSignal): Promise<Profile> {
  return apiRequest('/api/me/profile', { schema: unchecked<Profile>(), signal });
}

export const profileQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.profile, meta: PERSONAL, queryFn: ({ signal }) => getProfile(signal) });

export function useProfile() {
  return useQuery(profileQueryOptions());
}

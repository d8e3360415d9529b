import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '#shared/people.ts';
import { apiRequest, unchecked } from '../lib/api.ts';
import { PERSONAL } from '../lib/hydration.ts';
import { queryKeys } from './keys.ts';

export type SessionUser = NonNullable<Session['user']>;

export function getSession(signal?: AbortSignal): Promise<Session> {
  return apiRequest('/api/session', { schema: unchecked<Session>(), signal });
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session,
    meta: PERSONAL,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 60_000,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The signed-in user, or null (also while the session is loading). */
export function useCurrentUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

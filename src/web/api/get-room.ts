import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RoomInfoSchema } from '#shared/live.ts';
import { apiRequest, unchecked } from '../lib/api.ts';
import { liveApi } from '../lib/live-paths.ts';
import { queryKeys } from './keys.ts';

/** The room before entering (and, for its hosts, the summary's Markdown source). */
export type Room = z.infer<typeof RoomInfoSchema>;

export function getRoom(network: string, event: string, signal?: AbortSignal): Promise<Room> {
  return apiRequest(liveApi(network, event), { schema: unchecked<Room>(), signal });
}

export const roomQueryOptions = (network: string, event: string) =>
  queryOptions({
    queryKey: queryKeys.live.room(network, event),
    queryFn: ({ signal }) => getRoom(network, event, signal),
  });

export function useRoom(network: string, event: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...roomQueryOptions(network, event), ...options });
}

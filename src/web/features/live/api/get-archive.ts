import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RoomArchiveSchema } from '#shared/live.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, unchecked } from '../../../lib/api.ts';
import { liveApi } from '../../../lib/live-paths.ts';

/** What an ended meeting's room holds, for anyone to read; asked for only once the room is an archive. */
export function useRoomArchive(network: string, event: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.live.archive(network, event),
    queryFn: ({ signal }) =>
      apiRequest(`${liveApi(network, event)}/archive`, {
        schema: unchecked<z.infer<typeof RoomArchiveSchema>>(),
        signal,
      }),
    enabled,
  });
}

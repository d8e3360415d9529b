import { useMutation } from '@tanstack/react-query';
import type { JoinLive } from '#shared/live.ts';
import { apiRequest, unchecked } from '../../../lib/api.ts';
import { liveApi } from '../../../lib/live-paths.ts';
import type { Joined } from '../token-storage.ts';

/** Enters the room with a display name; a signed-in person's cookie links them to their account. */
export function joinRoom(network: string, event: string, input: JoinLive): Promise<Joined> {
  return apiRequest(liveApi(network, event, '/participants'), {
    method: 'POST',
    body: input,
    schema: unchecked<Joined>(),
  });
}

export function useJoinRoom(network: string, event: string) {
  return useMutation({ mutationFn: (input: JoinLive) => joinRoom(network, event, input) });
}

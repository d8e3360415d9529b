import type { z } from 'zod';
import type { JoinedSchema } from '#shared/live.ts';

export type Joined = z.infer<typeof JoinedSchema>;

function isJoined(value: unknown): value is Joined {
  if (typeof value !== 'object' || value === null) return false;
  const { participantId, token } = value as Record<string, unknown>;
  return typeof participantId === 'string' && typeof token === 'string';
}

const key = (network: string, event: string) => `verkosto.live.${network}.${event}`;

/**
 * The participant's token for one room, kept for this tab's session: a reload resumes, a new
 * tab or a closed browser starts over.
 */
export const tokenStorage = {
  get(network: string, event: string): Joined | null {
    try {
      const value = sessionStorage.getItem(key(network, event));
      if (!value) return null;
      // This tab wrote it (set below); checked by hand, so that the room's entry loads no zod.
      const parsed: unknown = JSON.parse(value);
      return isJoined(parsed) ? { participantId: parsed.participantId, token: parsed.token } : null;
    } catch {
      return null;
    }
  },
  set(network: string, event: string, joined: Joined): void {
    try {
      sessionStorage.setItem(key(network, event), JSON.stringify(joined));
    } catch {}
  },
  clear(network: string, event: string): void {
    try {
      sessionStorage.removeItem(key(network, event));
    } catch {}
  },
};

import type { z } from 'zod';
import { JoinedSchema } from '#shared/live.ts';

export type Joined = z.infer<typeof JoinedSchema>;

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
      const parsed = JoinedSchema.safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : null;
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

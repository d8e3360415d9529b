import type { Db } from '#server/db/client.ts';
import type { Bus } from '#server/platform/bus.ts';
import { findNetworkBySlug, type NetworkRow } from './networks.queries.ts';

const MAX_ENTRIES = 1000;
export const NETWORK_CHANGES = 'verkosto_networks';

export type NetworkCache = {
  /** The network with this slug, from memory when possible; null when there is none. */
  get(slug: string): Promise<NetworkRow | null>;
  /** Forgets a network at once in this instance (others hear it from the database trigger). */
  forget(slug: string): void;
};

/**
 * Networks are read on every public request and change rarely. A database trigger announces
 * every change on the bus, so each instance forgets exactly what changed.
 */
export async function createNetworkCache(db: Db, bus: Bus): Promise<NetworkCache> {
  const entries = new Map<string, Promise<NetworkRow | null>>();
  const forget = (slug: string) => void entries.delete(slug);
  await bus.subscribe(NETWORK_CHANGES, forget, () => entries.clear());
  return {
    get(slug) {
      let entry = entries.get(slug);
      if (!entry) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entry = findNetworkBySlug(db, slug);
        entries.set(slug, entry);
        entry.catch(() => entries.delete(slug));
      }
      return entry;
    },
    forget,
  };
}

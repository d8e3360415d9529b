import type { Bus } from '#server/platform/bus.ts';

export const EVENT_CHANGES = 'verkosto_events';
const MAX_NETWORKS = 1000;

type Entry = { payload: Buffer; etag: string; validUntil: number };
export type Rendered = { body: string; validUntil?: Date };

export type EventsCache = {
  /** The cached rendering under `key`, computed when missing, changed or past `validUntil`. */
  get(networkId: string, key: string, render: () => Promise<Rendered>): Promise<Entry>;
  /** Forgets a network's renderings at once in this instance (others hear the database trigger). */
  forget(networkId: string): void;
};

/**
 * Public lists and feeds of a network, rendered once and kept until its events or programme
 * change (a database trigger announces every change on the bus) or time moves an event out of
 * "upcoming".
 */
export async function createEventsCache(bus: Bus, etagOf: (body: string) => string): Promise<EventsCache> {
  const networks = new Map<string, Map<string, Promise<Entry>>>();
  const forget = (networkId: string) => void networks.delete(networkId);
  await bus.subscribe(EVENT_CHANGES, forget, () => networks.clear());
  return {
    async get(networkId, key, render) {
      let entries = networks.get(networkId);
      if (!entries) {
        if (networks.size >= MAX_NETWORKS) networks.delete(networks.keys().next().value as string);
        entries = new Map();
        networks.set(networkId, entries);
      }
      const cached = entries.get(key);
      if (cached && (await cached).validUntil > Date.now()) return cached;
      // Kept as bytes: Fastify sends a Buffer untouched, whatever the content type.
      const fresh = render().then(({ body, validUntil }) => ({
        payload: Buffer.from(body),
        etag: etagOf(body),
        validUntil: validUntil?.getTime() ?? Number.POSITIVE_INFINITY,
      }));
      entries.set(key, fresh);
      fresh.catch(() => entries.delete(key));
      return fresh;
    },
    forget,
  };
}

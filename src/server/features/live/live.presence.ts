import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from '#server/platform/bus.ts';
import { LIVE_CHANNEL, type LiveNotice } from './live.stream.ts';

/** A room's count is announced this long after it changes, so a burst of joins is one notice. */
const ANNOUNCE_DELAY_MS = 200;
const PRESENCE_HEARTBEAT_MS = 20_000;
const PRESENCE_STALE_MS = 3 * PRESENCE_HEARTBEAT_MS;

export type RoomPresence = {
  /** People in the room across all instances. */
  count(eventId: string): number;
  /** Another instance's (or this one's) announcement. */
  heard(notice: Extract<LiveNotice, { k: 'presence' }>): void;
  /** Tells every instance how many people this one has in the room (soon, not on every join). */
  announce(eventId: string): void;
  /** After the bus reconnects, every count is stale until heard again. */
  forgetAll(): void;
  close(): void;
};

/**
 * How many people are in each room, across instances: each instance announces its own count on
 * the bus after a change and every PRESENCE_HEARTBEAT_MS; a count not heard for three beats is dropped.
 */
export function createRoomPresence(deps: {
  instanceId: string;
  bus: Bus;
  log: FastifyBaseLogger;
  /** People connected to this instance, per room. */
  here(eventId: string): number;
  /** The rooms this instance holds, for the heartbeat. */
  rooms(): Iterable<string>;
}): RoomPresence {
  const byEvent = new Map<string, Map<string, { count: number; at: number }>>();
  const timers = new Map<string, NodeJS.Timeout>();

  function count(eventId: string): number {
    const now = Date.now();
    let total = 0;
    for (const [instance, { count, at }] of byEvent.get(eventId) ?? []) {
      if (now - at > PRESENCE_STALE_MS) byEvent.get(eventId)?.delete(instance);
      else total += count;
    }
    return total;
  }

  function announce(eventId: string) {
    if (timers.has(eventId)) return;
    const timer = setTimeout(() => {
      timers.delete(eventId);
      const notice: LiveNotice = { e: eventId, k: 'presence', i: deps.instanceId, n: deps.here(eventId) };
      deps.bus
        .publish(LIVE_CHANNEL, JSON.stringify(notice))
        .catch((error) => deps.log.warn({ error }, 'presence not announced'));
    }, ANNOUNCE_DELAY_MS);
    timers.set(eventId, timer);
  }

  const heartbeat = setInterval(() => {
    for (const eventId of deps.rooms()) announce(eventId);
  }, PRESENCE_HEARTBEAT_MS);
  heartbeat.unref();

  return {
    count,
    heard(notice) {
      const counts = byEvent.get(notice.e) ?? new Map();
      counts.set(notice.i, { count: notice.n, at: Date.now() });
      byEvent.set(notice.e, counts);
    },
    announce,
    forgetAll: () => byEvent.clear(),
    close() {
      clearInterval(heartbeat);
      for (const timer of timers.values()) clearTimeout(timer);
    },
  };
}

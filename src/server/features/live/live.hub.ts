import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '#server/db/client.ts';
import type { Bus } from '#server/platform/bus.ts';
import { CLOSE_CODES, type Reaction, type SequencedFrame, type ServerFrame } from '#shared/live.ts';
import { createRoomPresence, type RoomPresence } from './live.presence.ts';
import type { Participant } from './live.presenter.ts';
import { framesAfter, LIVE_CHANNEL, type LiveNotice, notify, type RoomKey } from './live.stream.ts';

/** One WebSocket in this instance, as the hub sees it. */
export type LiveConnection = {
  participant: Participant;
  host: boolean;
  /** The newest sequenced frame this client has; older ones are never sent again. */
  sentSeq: number;
  /** While the welcome is being prepared, frames wait here (null once live). */
  pending: { seq: number; data: Buffer }[] | null;
  /** Sends one frame, already encoded (a broadcast encodes once for all its clients). */
  send(data: Buffer): void;
  close(code: number, reason: string): void;
};

type Room = {
  key: RoomKey;
  connections: Set<LiveConnection>;
  /** The newest sequenced frame delivered here; null until known. */
  delivered: number | null;
  /** Delivery is serialised per room, so a gap being filled cannot reorder frames. */
  chain: Promise<void>;
  /** Latest momentary frames by key (votes per question, tally per poll), sent together. */
  coalesced: Map<string, Buffer>;
  flushTimer: NodeJS.Timeout | null;
  reactionsThisSecond: number;
};

/** Momentary updates (votes, tallies, presence) are sent at most this often per room. */
const FLUSH_MS = 200;
/** Reactions beyond this many per second in a room are dropped: they are only decoration. */
const REACTIONS_PER_SECOND = 30;

export const encode = (frame: ServerFrame) => Buffer.from(JSON.stringify(frame));

/** Sends a sequenced frame once to the room's clients; those still being welcomed get it buffered. */
function deliver(target: Room, frame: SequencedFrame) {
  if (target.delivered !== null && frame.seq <= target.delivered) return;
  target.delivered = frame.seq;
  const data = encode(frame);
  for (const connection of target.connections) {
    if (connection.pending) connection.pending.push({ seq: frame.seq, data });
    else if (frame.seq > connection.sentSeq) {
      connection.sentSeq = frame.seq;
      connection.send(data);
    }
    if (frame.type === 'removed' && connection.participant.id === frame.participantId) {
      connection.close(CLOSE_CODES.removed, 'removed by a host');
    }
  }
}

/** Sends a momentary frame to the live clients (hosts only when asked). */
function sendNow(target: Room, data: Buffer, hostsOnly = false) {
  for (const connection of target.connections) {
    if (connection.pending || (hostsOnly && !connection.host)) continue;
    connection.send(data);
  }
}

/** Keeps the latest momentary frame per key and sends them together, at most every FLUSH_MS. */
function coalesce(target: Room, key: string, frame: ServerFrame) {
  target.coalesced.set(key, encode(frame));
  target.flushTimer ??= setTimeout(() => {
    target.flushTimer = null;
    const frames = [...target.coalesced.values()];
    target.coalesced.clear();
    for (const data of frames) sendNow(target, data);
  }, FLUSH_MS);
}

export type LiveHub = {
  /** Registers a connection whose welcome is being prepared: frames are buffered until `go`. */
  attach(room: RoomKey, connection: LiveConnection): void;
  /** Sends what was buffered after `lastSeq` and switches the connection to live delivery. */
  go(room: RoomKey, connection: LiveConnection, lastSeq: number): void;
  detach(room: RoomKey, connection: LiveConnection): void;
  /** People in the room across all instances. */
  presence(eventId: string): number;
  react(room: RoomKey, emoji: Reaction): Promise<void>;
  close(): Promise<void>;
};

const newRoom = (key: RoomKey): Room => ({
  key: { networkId: key.networkId, eventId: key.eventId },
  connections: new Set(),
  delivered: null,
  chain: Promise.resolve(),
  coalesced: new Map(),
  flushTimer: null,
  reactionsThisSecond: 0,
});

/** The people (not sockets: one person may have two tabs) this instance has in a room. */
const peopleIn = (target: Room | undefined) =>
  new Set([...(target?.connections ?? [])].map((c) => c.participant.id)).size;

/** Sends a momentary notice on to the room's clients: coalesced, hosts only, or rate-limited. */
function relayMomentary(target: Room, notice: Exclude<LiveNotice, { k: 'frame' }>, presence: RoomPresence) {
  switch (notice.k) {
    case 'votes':
      return coalesce(target, `votes:${notice.m}`, { type: 'votes', messageId: notice.m, votes: notice.v });
    case 'tally':
      return coalesce(target, `tally:${notice.p}`, {
        type: 'tally',
        pollId: notice.p,
        counts: notice.c,
        voters: notice.n,
      });
    case 'presence':
      return coalesce(target, 'presence', { type: 'presence', count: presence.count(notice.e) });
    case 'reported':
      return sendNow(target, encode({ type: 'reported', messageId: notice.m, reports: notice.n }), true);
    case 'reaction':
      if (target.reactionsThisSecond++ === 0) setTimeout(() => (target.reactionsThisSecond = 0), 1000);
      if (target.reactionsThisSecond <= REACTIONS_PER_SECOND) {
        sendNow(target, encode({ type: 'reaction', emoji: notice.r }));
      }
  }
}

/** Sends a welcomed connection what was buffered after `lastSeq`, then delivers to it live. */
function goLive(target: Room, connection: LiveConnection, lastSeq: number, presenceCount: number) {
  target.delivered ??= lastSeq;
  connection.sentSeq = lastSeq;
  const waiting = connection.pending ?? [];
  connection.pending = null;
  for (const { seq, data } of waiting) {
    if (seq <= connection.sentSeq) continue;
    connection.sentSeq = seq;
    connection.send(data);
  }
  connection.send(encode({ type: 'presence', count: Math.max(1, presenceCount) }));
}

/** This instance's rooms, held by event id (which notices carry; event ids are unique across networks). */
function roomRegistry() {
  const rooms = new Map<string, Room>();
  return {
    get: (eventId: string) => rooms.get(eventId),
    all: () => rooms.values(),
    ids: () => rooms.keys(),
    enter(key: RoomKey, connection: LiveConnection): Room {
      const found = rooms.get(key.eventId) ?? newRoom(key);
      rooms.set(key.eventId, found);
      found.connections.add(connection);
      return found;
    },
    /** Whether the room was here; it is forgotten once its last connection has left. */
    leave(eventId: string, connection: LiveConnection): boolean {
      const target = rooms.get(eventId);
      if (!target) return false;
      target.connections.delete(connection);
      if (target.connections.size > 0) return true;
      if (target.flushTimer) clearTimeout(target.flushTimer);
      rooms.delete(eventId);
      return true;
    },
  };
}

/** Work on a room's stream runs one piece after another, so frames are never reordered. */
function streamWork(db: Db, log: FastifyBaseLogger) {
  const inTurn = (target: Room, work: () => Promise<void> | void, failure: string) => {
    target.chain = target.chain
      .then(work)
      .catch((err) => log.error({ err, eventId: target.key.eventId }, failure));
  };
  const deliverStoredAfter = async (target: Room, from: number) => {
    for (const frame of (await framesAfter(db, target.key, from)) ?? []) deliver(target, frame);
  };
  async function onFrame(target: Room, notice: Extract<LiveNotice, { k: 'frame' }>) {
    const known = target.delivered;
    if (known !== null && notice.s <= known) return;
    if (notice.f && (known === null || notice.s === known + 1)) return deliver(target, notice.f);
    // A gap (or a frame too large to travel on the bus): read the stored stream instead.
    await deliverStoredAfter(target, known ?? notice.s - 1);
  }
  return {
    frameHeard: (target: Room, notice: Extract<LiveNotice, { k: 'frame' }>) =>
      inTurn(target, () => onFrame(target, notice), 'live frame not delivered'),
    catchUp(target: Room) {
      const from = target.delivered;
      if (from !== null) inTurn(target, () => deliverStoredAfter(target, from), 'live room not caught up');
    },
  };
}

/**
 * Delivers a room's stream to this instance's clients. Every instance hears every frame from the
 * database (LISTEN/NOTIFY, in commit order, which is sequence order); a gap, e.g. after the
 * listening connection dropped, is filled from the stored stream before anything newer is sent.
 */
export async function createLiveHub(db: Db, bus: Bus, log: FastifyBaseLogger): Promise<LiveHub> {
  const rooms = roomRegistry();
  const stream = streamWork(db, log);
  const presence = createRoomPresence({
    instanceId: randomUUID(),
    bus,
    log,
    here: (eventId) => peopleIn(rooms.get(eventId)),
    rooms: rooms.ids,
  });

  function onNotice(notice: LiveNotice) {
    if (notice.k === 'presence') presence.heard(notice);
    const target = rooms.get(notice.e);
    if (!target) return;
    if (notice.k === 'frame') stream.frameHeard(target, notice);
    else relayMomentary(target, notice, presence);
  }

  /** After the bus reconnects, frames may have been missed: catch up every room from the stream. */
  function catchUp() {
    presence.forgetAll();
    for (const target of rooms.all()) {
      if (target.delivered === null) continue;
      stream.catchUp(target);
      presence.announce(target.key.eventId);
    }
  }

  await bus.subscribe(LIVE_CHANNEL, (payload) => parseNotice(payload, log, onNotice), catchUp);

  return {
    attach(key, connection) {
      rooms.enter(key, connection);
      presence.announce(key.eventId);
    },
    go(key, connection, lastSeq) {
      const target = rooms.get(key.eventId);
      if (target) goLive(target, connection, lastSeq, presence.count(key.eventId));
    },
    detach({ eventId }, connection) {
      if (rooms.leave(eventId, connection)) presence.announce(eventId);
    },
    presence: (eventId) => presence.count(eventId),
    react: ({ eventId }, emoji) => notify(db, { e: eventId, k: 'reaction', r: emoji }),
    async close() {
      presence.close();
      for (const target of rooms.all()) {
        if (target.flushTimer) clearTimeout(target.flushTimer);
        await target.chain;
      }
    },
  };
}

function parseNotice(payload: string, log: FastifyBaseLogger, onNotice: (notice: LiveNotice) => void) {
  try {
    onNotice(JSON.parse(payload) as LiveNotice);
  } catch (error) {
    log.error({ err: error }, 'bad live notice');
  }
}

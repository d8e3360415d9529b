import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '#server/db/client.ts';
import type { Reaction, SequencedFrame, UnnumberedFrame } from '#shared/live.ts';
import { liveLog, liveRooms } from './live.tables.ts';

export const LIVE_CHANNEL = 'verkosto_live';
/** NOTIFY payloads must stay under 8000 bytes; a larger frame is announced by number only. */
const MAX_NOTIFY_BYTES = 7500;

/** Which room: an event and the network it belongs to. Every live query is keyed by both. */
export type RoomKey = { networkId: string; eventId: string };
export type RoomRow = typeof liveRooms.$inferSelect;

/** The condition "in this room" on a live table. */
export const inRoom = (table: { networkId: AnyPgColumn; eventId: AnyPgColumn }, room: RoomKey) =>
  and(eq(table.networkId, room.networkId), eq(table.eventId, room.eventId));

/**
 * What the bus carries: a sequenced frame (or its number), or a momentary update. `e` is the
 * event id alone: it only routes a notice to the sockets this instance has in that room.
 */
export type LiveNotice =
  | { e: string; k: 'frame'; s: number; f?: SequencedFrame }
  | { e: string; k: 'votes'; m: string; v: number }
  | { e: string; k: 'tally'; p: string; c: number[]; n: number }
  | { e: string; k: 'reaction'; r: Reaction }
  | { e: string; k: 'reported'; m: string; n: number }
  | { e: string; k: 'presence'; i: string; n: number };

export async function notify(db: Tx, notice: LiveNotice): Promise<void> {
  let payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES && notice.k === 'frame') {
    payload = JSON.stringify({ e: notice.e, k: 'frame', s: notice.s });
  }
  await db.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`);
}

/**
 * Runs `write` with the room's row locked and the next sequence number, then stores and
 * announces the frame it returns, all in one transaction: nothing is announced that was not
 * stored, and the numbers follow commit order.
 */
export async function appendToStream<T>(
  db: Db,
  room: RoomKey,
  write: (tx: Tx, seq: number, row: RoomRow) => Promise<{ frame: UnnumberedFrame; result: T }>,
): Promise<{ seq: number; result: T }> {
  return db.transaction(async (tx) => {
    const row = await takeNumbers(tx, room, 1);
    const seq = row.lastSeq;
    const { frame, result } = await write(tx, seq, row);
    await storeFrame(tx, room, { ...frame, seq } as SequencedFrame);
    return { seq, result };
  });
}

/** Moves the room's counter on by `count` under its row lock; the room's `lastSeq` is the last taken. */
async function takeNumbers(tx: Tx, room: RoomKey, count: number): Promise<RoomRow> {
  const [row] = await tx
    .update(liveRooms)
    .set({ lastSeq: sql`${liveRooms.lastSeq} + ${count}` })
    .where(inRoom(liveRooms, room))
    .returning();
  if (!row) throw new Error(`live room ${room.eventId} vanished`);
  return row;
}

async function storeFrame(tx: Tx, room: RoomKey, frame: SequencedFrame) {
  await tx.insert(liveLog).values({ ...roomKeyOf(room), seq: frame.seq, frame });
  await notify(tx, { e: room.eventId, k: 'frame', s: frame.seq, f: frame });
}

/** Appends frames to a room's stream within a transaction the caller holds (e.g. erasing a person). */
export async function appendFrames(tx: Tx, room: RoomKey, frames: UnnumberedFrame[]): Promise<void> {
  if (frames.length === 0) return;
  const row = await takeNumbers(tx, room, frames.length);
  const first = row.lastSeq - frames.length + 1;
  for (const [i, frame] of frames.entries()) {
    await storeFrame(tx, room, { ...frame, seq: first + i } as SequencedFrame);
  }
}

/** Frames after `afterSeq`, in order; null when there are too many to replay (send a snapshot). */
export async function framesAfter(db: Db, room: RoomKey, afterSeq: number, max = 1000) {
  const rows = await db
    .select({ frame: liveLog.frame })
    .from(liveLog)
    .where(and(inRoom(liveLog, room), gt(liveLog.seq, afterSeq)))
    .orderBy(asc(liveLog.seq))
    .limit(max + 1);
  return rows.length > max ? null : rows.map((r) => r.frame);
}

/** Blanks a message's text in the replayable stream, where it was announced as frame `seq`. */
export async function hideInStream(tx: Tx, room: RoomKey, seq: number): Promise<void> {
  await tx
    .update(liveLog)
    .set({
      frame: sql`jsonb_set(jsonb_set(${liveLog.frame}, '{message,body}', '""'), '{message,hidden}', 'true')`,
    })
    .where(and(inRoom(liveLog, room), eq(liveLog.seq, seq)));
}

/** The number of the frame that opened a poll (for the ack of a resent open-poll). */
export async function pollOpenedAt(db: Db, room: RoomKey, pollId: string): Promise<number> {
  const [row] = await db
    .select({ seq: liveLog.seq })
    .from(liveLog)
    .where(and(inRoom(liveLog, room), sql`${liveLog.frame}->'poll'->>'id' = ${pollId}`))
    .orderBy(asc(liveLog.seq))
    .limit(1);
  return row?.seq ?? 0;
}

/** Only the key's two ids, for spreading into a row (a participant carries more). */
export const roomKeyOf = (room: RoomKey): RoomKey => ({ networkId: room.networkId, eventId: room.eventId });

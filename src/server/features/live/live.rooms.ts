import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '#server/db/client.ts';
import { hashToken, newToken } from '#server/platform/tokens.ts';
import type { JoinLive, RoomSettings } from '#shared/live.ts';
import { LiveError } from './live.errors.ts';
import { appendToStream, inRoom, type RoomKey, type RoomRow, roomKeyOf } from './live.stream.ts';
import { liveParticipants, liveRooms } from './live.tables.ts';

type ParticipantRow = typeof liveParticipants.$inferSelect;

/** Someone in a room; also the key of that room. */
export type Participant = RoomKey & {
  id: string;
  displayName: string;
  organisation: string | null;
  host: boolean;
  removed: boolean;
};

const toParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  networkId: row.networkId,
  eventId: row.eventId,
  displayName: row.displayName,
  organisation: row.organisation,
  host: row.host,
  removed: row.removedAt !== null,
});

/** A room's row exists from the first entry on; until then the room is open with no settings. */
export async function findRoom(db: Tx, room: RoomKey): Promise<RoomRow | null> {
  const [row] = await db.select().from(liveRooms).where(inRoom(liveRooms, room));
  return row ?? null;
}

/** The room of someone who entered it, so its row exists. */
export async function enteredRoom(db: Tx, room: RoomKey): Promise<RoomRow> {
  const row = await findRoom(db, room);
  if (!row) throw new Error(`live room ${room.eventId} has no row`);
  return row;
}

export const roomSettings = (room: RoomRow | null): RoomSettings => ({
  status: room?.status ?? 'open',
  slowModeSeconds: room?.slowModeSeconds ?? 0,
});

export function requireOpen(room: RoomRow) {
  if (room.status !== 'open') throw new LiveError('room-closed', 'The room is closed.');
}

/**
 * Enters someone into the room. A signed-in person keeps one participant row per event (a new
 * secret on every entry); anyone else gets a new row.
 */
export async function join(
  db: Db,
  room: RoomKey,
  input: JoinLive,
  account: { userId: string; host: boolean } | null,
): Promise<{ participant: Participant; token: string }> {
  const { token, hash } = newToken();
  const values = {
    ...roomKeyOf(room),
    displayName: input.displayName,
    organisation: input.organisation || null,
    organisationType: input.organisationType ?? null,
    tokenHash: hash,
    userId: account?.userId ?? null,
    host: account?.host ?? false,
  };
  return db.transaction(async (tx) => {
    await tx.insert(liveRooms).values(roomKeyOf(room)).onConflictDoNothing();
    const [row] = account
      ? await tx
          .insert(liveParticipants)
          .values(values)
          .onConflictDoUpdate({
            target: [liveParticipants.eventId, liveParticipants.userId],
            targetWhere: sql`${liveParticipants.userId} is not null`,
            set: { ...values, lastSeenAt: new Date() },
          })
          .returning()
      : await tx.insert(liveParticipants).values(values).returning();
    if (!row) throw new Error('no participant row returned');
    if (row.removedAt) throw new LiveError('removed', 'A host removed you from this room.');
    return { participant: toParticipant(row), token };
  });
}

/** The participant whose secret this is, in this room only. */
export async function findParticipant(
  db: Db,
  params: RoomKey & { token: string },
): Promise<Participant | null> {
  const [row] = await db
    .select()
    .from(liveParticipants)
    .where(and(inRoom(liveParticipants, params), eq(liveParticipants.tokenHash, hashToken(params.token))));
  return row ? toParticipant(row) : null;
}

export async function touchParticipant(db: Db, participant: Participant): Promise<void> {
  await db
    .update(liveParticipants)
    .set({ lastSeenAt: new Date() })
    .where(and(inRoom(liveParticipants, participant), eq(liveParticipants.id, participant.id)));
}

/** Removes a participant (not a host): their connections close and they cannot come back. */
export async function removeParticipant(db: Db, room: RoomKey, participantId: string) {
  return appendToStream(db, room, async (tx) => {
    const inThisRoom = and(inRoom(liveParticipants, room), eq(liveParticipants.id, participantId));
    const [row] = await tx.select().from(liveParticipants).where(inThisRoom);
    if (!row)
      throw new LiveError('not-found', 'There is no such participant in this room.', {
        field: 'participantId',
      });
    if (row.host) throw new LiveError('forbidden', 'Hosts cannot be removed.', { field: 'participantId' });
    await tx.update(liveParticipants).set({ removedAt: new Date() }).where(inThisRoom);
    return { frame: { type: 'removed', participantId }, result: null };
  });
}

export async function updateRoom(db: Db, room: RoomKey, change: Partial<RoomSettings>) {
  return appendToStream(db, room, async (tx) => {
    const [row] = await tx.update(liveRooms).set(change).where(inRoom(liveRooms, room)).returning();
    if (!row) throw new Error(`live room ${room.eventId} vanished`);
    return { frame: { type: 'room', room: roomSettings(row) }, result: null };
  });
}

export async function saveSummary(db: Db, room: RoomKey, summary: string): Promise<void> {
  const value = summary.trim() || null;
  await db
    .insert(liveRooms)
    .values({ ...roomKeyOf(room), summary: value })
    .onConflictDoUpdate({
      target: liveRooms.eventId,
      set: { summary: value },
      setWhere: eq(liveRooms.networkId, room.networkId),
    });
}

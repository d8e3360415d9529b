import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '#server/db/client.ts';
import { LIVE_LIMITS, type LiveMessage } from '#shared/live.ts';
import { LiveError } from './live.errors.ts';
import { enteredRoom, type Participant, requireOpen } from './live.rooms.ts';
import { appendToStream, hideInStream, inRoom, notify, type RoomKey, roomKeyOf } from './live.stream.ts';
import { liveMessages, liveParticipants, liveQuestionVotes, liveReports } from './live.tables.ts';

type MessageRow = typeof liveMessages.$inferSelect;
type Author = { displayName: string; organisation: string | null; host: boolean };

export const authorColumns = {
  displayName: liveParticipants.displayName,
  organisation: liveParticipants.organisation,
  host: liveParticipants.host,
};

/** The author of a message, joined within the message's own network. */
export const authorOfMessage = and(
  eq(liveParticipants.networkId, liveMessages.networkId),
  eq(liveParticipants.id, liveMessages.participantId),
);

export function presentMessage(row: MessageRow, author: Author): LiveMessage {
  const hidden = row.hiddenAt !== null;
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    author: {
      participantId: row.participantId,
      displayName: author.displayName,
      organisation: author.organisation,
      host: author.host,
    },
    body: hidden ? '' : row.body,
    createdAt: row.createdAt.toISOString(),
    votes: row.votes,
    answered: row.answeredAt !== null,
    hidden,
  };
}

/** A participant's own messages: the condition on `live_messages`. */
const byParticipant = (participant: Participant) =>
  and(eq(liveMessages.networkId, participant.networkId), eq(liveMessages.participantId, participant.id));

/** Stores a chat message or question; a resend with the same `clientId` returns the first one. */
export async function postMessage(
  db: Db,
  participant: Participant,
  input: { kind: 'chat' | 'question'; clientId: string; body: string },
): Promise<{ seq: number }> {
  const [existing] = await db
    .select({ seq: liveMessages.seq })
    .from(liveMessages)
    .where(and(byParticipant(participant), eq(liveMessages.clientId, input.clientId)));
  if (existing) return existing;
  const { seq } = await appendToStream(db, participant, async (tx, seq, room) => {
    requireOpen(room);
    if (input.kind === 'chat' && !participant.host)
      await checkSlowMode(tx, participant, room.slowModeSeconds);
    const [row] = await tx
      .insert(liveMessages)
      .values({ ...roomKeyOf(participant), seq, participantId: participant.id, ...input })
      .returning();
    if (!row) throw new Error('no message row returned');
    return { frame: { type: 'message', message: presentMessage(row, participant) }, result: null };
  });
  return { seq };
}

async function checkSlowMode(tx: Tx, participant: Participant, seconds: number) {
  if (seconds === 0) return;
  const [last] = await tx
    .select({ at: liveMessages.createdAt })
    .from(liveMessages)
    .where(and(byParticipant(participant), eq(liveMessages.kind, 'chat')))
    .orderBy(desc(liveMessages.createdAt))
    .limit(1);
  const wait = last ? seconds - (Date.now() - last.at.getTime()) / 1000 : 0;
  if (wait > 0) {
    throw new LiveError('slow-mode', `Slow mode: one message every ${seconds} seconds.`, {
      retryAfter: Math.ceil(wait),
    });
  }
}

/** The condition "this message, in this room" on `live_messages`. */
const messageInRoom = (room: RoomKey, messageId: string) =>
  and(inRoom(liveMessages, room), eq(liveMessages.id, messageId));

async function findMessage(tx: Tx, room: RoomKey, messageId: string): Promise<MessageRow> {
  const [row] = await tx.select().from(liveMessages).where(messageInRoom(room, messageId));
  if (!row)
    throw new LiveError('not-found', 'There is no such message in this room.', { field: 'messageId' });
  return row;
}

/** One upvote per participant and question; returns the new count, or null if already voted. */
export async function upvote(db: Db, participant: Participant, messageId: string): Promise<number | null> {
  return db.transaction(async (tx) => {
    const message = await findMessage(tx, participant, messageId);
    if (message.kind !== 'question' || message.hiddenAt) {
      throw new LiveError('not-found', 'Only visible questions can be upvoted.', { field: 'messageId' });
    }
    requireOpen(await enteredRoom(tx, participant));
    const added = await tx
      .insert(liveQuestionVotes)
      .values({ networkId: participant.networkId, messageId, participantId: participant.id })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0) return null;
    const [row] = await tx
      .update(liveMessages)
      .set({ votes: sql`${liveMessages.votes} + 1` })
      .where(messageInRoom(participant, messageId))
      .returning({ votes: liveMessages.votes });
    const votes = row?.votes ?? 0;
    await notify(tx, { e: participant.eventId, k: 'votes', m: messageId, v: votes });
    return votes;
  });
}

/** A participant flags a message for the hosts; once per participant and message. */
export async function report(db: Db, participant: Participant, messageId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await findMessage(tx, participant, messageId);
    const added = await tx
      .insert(liveReports)
      .values({ networkId: participant.networkId, messageId, participantId: participant.id })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0) return;
    const [row] = await tx
      .update(liveMessages)
      .set({ reports: sql`${liveMessages.reports} + 1` })
      .where(messageInRoom(participant, messageId))
      .returning({ reports: liveMessages.reports });
    await notify(tx, { e: participant.eventId, k: 'reported', m: messageId, n: row?.reports ?? 0 });
  });
}

/** Hides a message for everyone; its text is also removed from the replayable stream. */
export async function hide(db: Db, room: RoomKey, messageId: string) {
  return appendToStream(db, room, async (tx) => {
    const message = await findMessage(tx, room, messageId);
    await tx.update(liveMessages).set({ hiddenAt: new Date() }).where(messageInRoom(room, messageId));
    await hideInStream(tx, room, message.seq);
    return { frame: { type: 'hidden', messageId }, result: null };
  });
}

export async function markAnswered(db: Db, room: RoomKey, messageId: string) {
  return appendToStream(db, room, async (tx) => {
    const message = await findMessage(tx, room, messageId);
    if (message.kind !== 'question') {
      throw new LiveError('not-found', 'Only questions can be marked answered.', { field: 'messageId' });
    }
    await tx.update(liveMessages).set({ answeredAt: new Date() }).where(messageInRoom(room, messageId));
    return { frame: { type: 'answered', messageId }, result: null };
  });
}

/** The latest chat messages and every question, oldest first, without hidden ones. */
export async function visibleMessages(tx: Tx, room: RoomKey): Promise<LiveMessage[]> {
  const rows = await tx
    .select({ message: liveMessages, author: authorColumns })
    .from(liveMessages)
    .innerJoin(liveParticipants, authorOfMessage)
    .where(and(inRoom(liveMessages, room), isNull(liveMessages.hiddenAt)))
    .orderBy(desc(liveMessages.seq))
    .limit(LIVE_LIMITS.historyMessages * 4);
  let chats = 0;
  const kept = rows.filter((r) => r.message.kind === 'question' || chats++ < LIVE_LIMITS.historyMessages);
  return kept.reverse().map((r) => presentMessage(r.message, r.author));
}

/** The questions this participant upvoted. */
export async function votedQuestions(tx: Tx, participant: Participant): Promise<string[]> {
  const rows = await tx
    .select({ id: liveQuestionVotes.messageId })
    .from(liveQuestionVotes)
    .where(
      and(
        eq(liveQuestionVotes.networkId, participant.networkId),
        eq(liveQuestionVotes.participantId, participant.id),
      ),
    );
  return rows.map((r) => r.id);
}

import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '#server/db/client.ts';
import { hashToken } from '#server/platform/tokens.ts';
import {
  LIVE_LIMITS,
  type LiveMessage,
  type Poll,
  type RoomArchive,
  type RoomSettings,
} from '#shared/live.ts';
import { LiveError } from './live.errors.ts';
import {
  type MessageRow,
  type Participant,
  type PollRow,
  presentMessage,
  presentParticipant,
  presentPoll,
  roomSettings,
  type Transcript,
} from './live.presenter.ts';
import { inRoom, type RoomKey, type RoomRow } from './live.stream.ts';
import {
  liveMessages,
  liveParticipants,
  livePolls,
  livePollVotes,
  liveQuestionVotes,
  liveRooms,
} from './live.tables.ts';

// Every query is keyed by the room, that is by network and event together.

/** A room's row exists from the first entry on; null before. */
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

/** The participant whose secret this is, in this room only. */
export async function findParticipant(
  db: Db,
  params: RoomKey & { token: string },
): Promise<Participant | null> {
  const [row] = await db
    .select()
    .from(liveParticipants)
    .where(and(inRoom(liveParticipants, params), eq(liveParticipants.tokenHash, hashToken(params.token))));
  return row ? presentParticipant(row) : null;
}

export async function touchParticipant(db: Db, participant: Participant): Promise<void> {
  await db
    .update(liveParticipants)
    .set({ lastSeenAt: new Date() })
    .where(and(inRoom(liveParticipants, participant), eq(liveParticipants.id, participant.id)));
}

/** The condition "this participant, in this room" on `live_participants`. */
export const participantInRoom = (room: RoomKey, participantId: string) =>
  and(inRoom(liveParticipants, room), eq(liveParticipants.id, participantId));

export async function findParticipantRow(tx: Tx, room: RoomKey, participantId: string) {
  const [row] = await tx.select().from(liveParticipants).where(participantInRoom(room, participantId));
  if (!row) {
    throw new LiveError('not-found', 'There is no such participant in this room.', {
      field: 'participantId',
    });
  }
  return row;
}

const authorColumns = {
  displayName: liveParticipants.displayName,
  organisation: liveParticipants.organisation,
  host: liveParticipants.host,
};

/** The author of a message, joined within the message's own network. */
const authorOfMessage = and(
  eq(liveParticipants.networkId, liveMessages.networkId),
  eq(liveParticipants.id, liveMessages.participantId),
);

/** A participant's own messages: the condition on `live_messages`. */
const byParticipant = (participant: Participant) =>
  and(eq(liveMessages.networkId, participant.networkId), eq(liveMessages.participantId, participant.id));

/** The condition "this message, in this room" on `live_messages`. */
export const messageInRoom = (room: RoomKey, messageId: string) =>
  and(inRoom(liveMessages, room), eq(liveMessages.id, messageId));

export async function findMessage(tx: Tx, room: RoomKey, messageId: string): Promise<MessageRow> {
  const [row] = await tx.select().from(liveMessages).where(messageInRoom(room, messageId));
  if (!row)
    throw new LiveError('not-found', 'There is no such message in this room.', { field: 'messageId' });
  return row;
}

/** The number of the participant's message sent with this `clientId`, if it was sent before. */
export async function sentBefore(db: Db, participant: Participant, clientId: string) {
  const [existing] = await db
    .select({ seq: liveMessages.seq })
    .from(liveMessages)
    .where(and(byParticipant(participant), eq(liveMessages.clientId, clientId)));
  return existing ?? null;
}

export async function lastChatAt(tx: Tx, participant: Participant): Promise<Date | null> {
  const [last] = await tx
    .select({ at: liveMessages.createdAt })
    .from(liveMessages)
    .where(and(byParticipant(participant), eq(liveMessages.kind, 'chat')))
    .orderBy(desc(liveMessages.createdAt))
    .limit(1);
  return last?.at ?? null;
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

/**
 * An ended meeting's room for anyone to read, in one consistent read: every message hosts did not
 * hide, oldest first (not what people who deleted their accounts said), and the polls.
 */
export async function archiveOf(db: Db, room: RoomKey): Promise<RoomArchive> {
  return db.transaction(
    async (tx) => {
      const rows = await tx
        .select({ message: liveMessages, author: authorColumns })
        .from(liveMessages)
        .innerJoin(liveParticipants, authorOfMessage)
        .where(
          and(inRoom(liveMessages, room), isNull(liveMessages.hiddenAt), isNull(liveParticipants.erasedAt)),
        )
        .orderBy(asc(liveMessages.seq))
        .limit(LIVE_LIMITS.archiveMessages);
      const messages = rows.map((r) => presentMessage(r.message, r.author));
      return { messages, polls: await pollsOf(tx, room) };
    },
    { isolationLevel: 'repeatable read' },
  );
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

/** The condition "this poll, in this room" on `live_polls`. */
export const pollInRoom = (room: RoomKey, pollId: string) =>
  and(inRoom(livePolls, room), eq(livePolls.id, pollId));

/** A poll of the room; `lock` holds its row until the transaction ends. */
export async function findPoll(tx: Tx, room: RoomKey, pollId: string, lock = false): Promise<PollRow> {
  const query = tx.select().from(livePolls).where(pollInRoom(room, pollId));
  const [poll] = lock ? await query.for('update') : await query;
  if (!poll) throw new LiveError('not-found', 'There is no such poll in this room.', { field: 'pollId' });
  return poll;
}

export async function pollByClientId(db: Db, room: RoomKey, clientId: string): Promise<PollRow | null> {
  const [poll] = await db
    .select()
    .from(livePolls)
    .where(and(inRoom(livePolls, room), eq(livePolls.clientId, clientId)));
  return poll ?? null;
}

export async function pollResults(tx: Tx, poll: PollRow): Promise<{ counts: number[]; voters: number }> {
  const votes = await tx
    .select({ choices: livePollVotes.choices })
    .from(livePollVotes)
    .where(and(eq(livePollVotes.networkId, poll.networkId), eq(livePollVotes.pollId, poll.id)));
  const counts = poll.options.map(() => 0);
  for (const { choices } of votes) for (const c of choices) counts[c] = (counts[c] ?? 0) + 1;
  return { counts, voters: votes.length };
}

export const pollWithResults = async (tx: Tx, poll: PollRow) =>
  presentPoll(poll, await pollResults(tx, poll));

/** Every poll of the room with its results, in the order they were opened. */
export async function pollsOf(tx: Tx, room: RoomKey): Promise<Poll[]> {
  const polls = await tx
    .select()
    .from(livePolls)
    .where(inRoom(livePolls, room))
    .orderBy(asc(livePolls.createdAt));
  return Promise.all(polls.map((p) => pollWithResults(tx, p)));
}

/** Which of these polls the participant answered. */
export async function votedPolls(tx: Tx, participant: Participant, pollIds: string[]): Promise<string[]> {
  if (pollIds.length === 0) return [];
  const rows = await tx
    .select({ id: livePollVotes.pollId })
    .from(livePollVotes)
    .where(
      and(
        eq(livePollVotes.networkId, participant.networkId),
        eq(livePollVotes.participantId, participant.id),
        inArray(livePollVotes.pollId, pollIds),
      ),
    );
  return rows.map((r) => r.id);
}

/** What a newcomer receives: the room as it is, and what they themselves voted. */
export type Snapshot = {
  lastSeq: number;
  room: RoomSettings;
  messages: LiveMessage[];
  polls: Poll[];
  votedMessages: string[];
  votedPolls: string[];
};

/** The participant's room as it is at one sequence number, read in one consistent transaction. */
export async function snapshot(db: Db, participant: Participant): Promise<Snapshot> {
  return db.transaction(
    async (tx) => {
      const room = await enteredRoom(tx, participant);
      const messages = await visibleMessages(tx, participant);
      const polls = await pollsOf(tx, participant);
      const pollIds = polls.map((p) => p.id);
      return {
        lastSeq: room.lastSeq,
        room: roomSettings(room),
        messages,
        polls,
        votedMessages: await votedQuestions(tx, participant),
        votedPolls: await votedPolls(tx, participant, pollIds),
      };
    },
    { isolationLevel: 'repeatable read' },
  );
}

/**
 * Everything said in the room, hidden messages included (marked), for the organisers; not what
 * people who deleted their accounts said.
 */
export async function transcript(db: Db, room: RoomKey): Promise<Transcript> {
  const rows = await db
    .select({
      message: liveMessages,
      author: { ...authorColumns, organisationType: liveParticipants.organisationType },
    })
    .from(liveMessages)
    .innerJoin(liveParticipants, authorOfMessage)
    .where(and(inRoom(liveMessages, room), isNull(liveParticipants.erasedAt)))
    .orderBy(asc(liveMessages.seq));
  return {
    messages: rows.map(({ message, author }) => ({
      ...presentMessage({ ...message, hiddenAt: null }, author),
      hidden: message.hiddenAt !== null,
      reports: message.reports,
      organisationType: author.organisationType,
    })),
    polls: await pollsOf(db, room),
  };
}

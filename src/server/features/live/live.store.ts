import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '#server/db/client.ts';
import { hashToken, newToken } from '#server/platform/tokens.ts';
import {
  type JoinLive,
  LIVE_LIMITS,
  type LiveMessage,
  type Poll,
  type Reaction,
  type RoomSettings,
  SCALE_OPTIONS,
  type SequencedFrame,
  type UnnumberedFrame,
} from '#shared/live.ts';
import { LiveError } from './live.errors.ts';
import {
  liveLog,
  liveMessages,
  liveParticipants,
  livePolls,
  livePollVotes,
  liveQuestionVotes,
  liveReports,
  liveRooms,
} from './live.tables.ts';

export const LIVE_CHANNEL = 'verkosto_live';
/** NOTIFY payloads must stay under 8000 bytes; a larger frame is announced by number only. */
const MAX_NOTIFY_BYTES = 7500;

type ParticipantRow = typeof liveParticipants.$inferSelect;
type MessageRow = typeof liveMessages.$inferSelect;
type PollRow = typeof livePolls.$inferSelect;
type RoomRow = typeof liveRooms.$inferSelect;

export type Participant = {
  id: string;
  eventId: string;
  displayName: string;
  organisation: string | null;
  host: boolean;
  removed: boolean;
};

/** What the bus carries: a sequenced frame (or its number), or a momentary update. */
export type LiveNotice =
  | { e: string; k: 'frame'; s: number; f?: SequencedFrame }
  | { e: string; k: 'votes'; m: string; v: number }
  | { e: string; k: 'tally'; p: string; c: number[]; n: number }
  | { e: string; k: 'reaction'; r: Reaction }
  | { e: string; k: 'reported'; m: string; n: number }
  | { e: string; k: 'presence'; i: string; n: number };

const toParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  eventId: row.eventId,
  displayName: row.displayName,
  organisation: row.organisation,
  host: row.host,
  removed: row.removedAt !== null,
});

export async function notify(db: Tx, notice: LiveNotice): Promise<void> {
  let payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES && notice.k === 'frame') {
    payload = JSON.stringify({ e: notice.e, k: 'frame', s: notice.s });
  }
  await db.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`);
}

// --- Rooms and participants ----------------------------------------------------------------

/** A room's row exists from the first entry on; until then the room is open with no settings. */
export async function findRoom(db: Tx, eventId: string): Promise<RoomRow | null> {
  const [room] = await db.select().from(liveRooms).where(eq(liveRooms.eventId, eventId));
  return room ?? null;
}

/** The room of someone who entered it, so its row exists. */
async function enteredRoom(db: Tx, eventId: string): Promise<RoomRow> {
  const room = await findRoom(db, eventId);
  if (!room) throw new Error(`live room ${eventId} has no row`);
  return room;
}

export const roomSettings = (room: RoomRow | null): RoomSettings => ({
  status: room?.status ?? 'open',
  slowModeSeconds: room?.slowModeSeconds ?? 0,
});

/**
 * Enters someone into the room. A signed-in person keeps one participant row per event (a new
 * secret on every entry); anyone else gets a new row.
 */
export async function join(
  db: Db,
  eventId: string,
  input: JoinLive,
  account: { userId: string; host: boolean } | null,
): Promise<{ participant: Participant; token: string }> {
  const { token, hash } = newToken();
  const values = {
    eventId,
    displayName: input.displayName,
    organisation: input.organisation || null,
    organisationType: input.organisationType ?? null,
    tokenHash: hash,
    userId: account?.userId ?? null,
    host: account?.host ?? false,
  };
  return db.transaction(async (tx) => {
    await tx.insert(liveRooms).values({ eventId }).onConflictDoNothing();
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

export async function findParticipant(db: Db, eventId: string, token: string): Promise<Participant | null> {
  const [row] = await db
    .select()
    .from(liveParticipants)
    .where(and(eq(liveParticipants.tokenHash, hashToken(token)), eq(liveParticipants.eventId, eventId)));
  return row ? toParticipant(row) : null;
}

export async function touchParticipant(db: Db, participantId: string): Promise<void> {
  await db
    .update(liveParticipants)
    .set({ lastSeenAt: new Date() })
    .where(eq(liveParticipants.id, participantId));
}

// --- The stream ----------------------------------------------------------------------------

/**
 * Runs `write` with the room's row locked and the next sequence number, then stores and
 * announces the frame it returns, all in one transaction: nothing is announced that was not
 * stored, and the numbers follow commit order.
 */
async function appendToStream<T>(
  db: Db,
  eventId: string,
  write: (tx: Tx, seq: number, room: RoomRow) => Promise<{ frame: UnnumberedFrame; result: T }>,
): Promise<{ seq: number; result: T }> {
  return db.transaction(async (tx) => {
    const room = await takeNumbers(tx, eventId, 1);
    const seq = room.lastSeq;
    const { frame, result } = await write(tx, seq, room);
    await storeFrame(tx, eventId, { ...frame, seq } as SequencedFrame);
    return { seq, result };
  });
}

/** Moves the room's counter on by `count` under its row lock; the room's `lastSeq` is the last taken. */
async function takeNumbers(tx: Tx, eventId: string, count: number): Promise<RoomRow> {
  const [room] = await tx
    .update(liveRooms)
    .set({ lastSeq: sql`${liveRooms.lastSeq} + ${count}` })
    .where(eq(liveRooms.eventId, eventId))
    .returning();
  if (!room) throw new Error(`live room ${eventId} vanished`);
  return room;
}

async function storeFrame(tx: Tx, eventId: string, frame: SequencedFrame) {
  await tx.insert(liveLog).values({ eventId, seq: frame.seq, frame });
  await notify(tx, { e: eventId, k: 'frame', s: frame.seq, f: frame });
}

/** Appends frames to a room's stream within a transaction the caller holds (e.g. erasing a person). */
export async function appendFrames(tx: Tx, eventId: string, frames: UnnumberedFrame[]): Promise<void> {
  if (frames.length === 0) return;
  const room = await takeNumbers(tx, eventId, frames.length);
  const first = room.lastSeq - frames.length + 1;
  for (const [i, frame] of frames.entries()) {
    await storeFrame(tx, eventId, { ...frame, seq: first + i } as SequencedFrame);
  }
}

function requireOpen(room: RoomRow) {
  if (room.status !== 'open') throw new LiveError('room-closed', 'The room is closed.');
}

/** Frames after `afterSeq`, in order; null when there are too many to replay (send a snapshot). */
export async function framesAfter(db: Db, eventId: string, afterSeq: number, max = 1000) {
  const rows = await db
    .select({ frame: liveLog.frame })
    .from(liveLog)
    .where(and(eq(liveLog.eventId, eventId), gt(liveLog.seq, afterSeq)))
    .orderBy(asc(liveLog.seq))
    .limit(max + 1);
  return rows.length > max ? null : rows.map((r) => r.frame);
}

// --- Messages ------------------------------------------------------------------------------

const authorColumns = {
  displayName: liveParticipants.displayName,
  organisation: liveParticipants.organisation,
  host: liveParticipants.host,
};

function presentMessage(
  row: MessageRow,
  author: Pick<ParticipantRow, 'displayName' | 'organisation' | 'host'>,
): LiveMessage {
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

/** Stores a chat message or question; a resend with the same `clientId` returns the first one. */
export async function postMessage(
  db: Db,
  participant: Participant,
  input: { kind: 'chat' | 'question'; clientId: string; body: string },
): Promise<{ seq: number }> {
  const [existing] = await db
    .select({ seq: liveMessages.seq })
    .from(liveMessages)
    .where(and(eq(liveMessages.participantId, participant.id), eq(liveMessages.clientId, input.clientId)));
  if (existing) return existing;
  const { seq } = await appendToStream(db, participant.eventId, async (tx, seq, room) => {
    requireOpen(room);
    if (input.kind === 'chat' && !participant.host)
      await checkSlowMode(tx, participant, room.slowModeSeconds);
    const [row] = await tx
      .insert(liveMessages)
      .values({ eventId: participant.eventId, seq, participantId: participant.id, ...input })
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
    .where(and(eq(liveMessages.participantId, participant.id), eq(liveMessages.kind, 'chat')))
    .orderBy(desc(liveMessages.createdAt))
    .limit(1);
  const wait = last ? seconds - (Date.now() - last.at.getTime()) / 1000 : 0;
  if (wait > 0) {
    throw new LiveError('slow-mode', `Slow mode: one message every ${seconds} seconds.`, {
      retryAfter: Math.ceil(wait),
    });
  }
}

async function findMessage(tx: Tx, eventId: string, messageId: string): Promise<MessageRow> {
  const [row] = await tx
    .select()
    .from(liveMessages)
    .where(and(eq(liveMessages.id, messageId), eq(liveMessages.eventId, eventId)));
  if (!row)
    throw new LiveError('not-found', 'There is no such message in this room.', { field: 'messageId' });
  return row;
}

/** One upvote per participant and question; returns the new count, or null if already voted. */
export async function upvote(db: Db, participant: Participant, messageId: string): Promise<number | null> {
  return db.transaction(async (tx) => {
    const message = await findMessage(tx, participant.eventId, messageId);
    if (message.kind !== 'question' || message.hiddenAt) {
      throw new LiveError('not-found', 'Only visible questions can be upvoted.', { field: 'messageId' });
    }
    requireOpen(await enteredRoom(tx, participant.eventId));
    const added = await tx
      .insert(liveQuestionVotes)
      .values({ messageId, participantId: participant.id })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0) return null;
    const [row] = await tx
      .update(liveMessages)
      .set({ votes: sql`${liveMessages.votes} + 1` })
      .where(eq(liveMessages.id, messageId))
      .returning({ votes: liveMessages.votes });
    const votes = row?.votes ?? 0;
    await notify(tx, { e: participant.eventId, k: 'votes', m: messageId, v: votes });
    return votes;
  });
}

/** A participant flags a message for the hosts; once per participant and message. */
export async function report(db: Db, participant: Participant, messageId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await findMessage(tx, participant.eventId, messageId);
    const added = await tx
      .insert(liveReports)
      .values({ messageId, participantId: participant.id })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0) return;
    const [row] = await tx
      .update(liveMessages)
      .set({ reports: sql`${liveMessages.reports} + 1` })
      .where(eq(liveMessages.id, messageId))
      .returning({ reports: liveMessages.reports });
    await notify(tx, { e: participant.eventId, k: 'reported', m: messageId, n: row?.reports ?? 0 });
  });
}

/** Hides a message for everyone; its text is also removed from the replayable stream. */
export async function hide(db: Db, eventId: string, messageId: string) {
  return appendToStream(db, eventId, async (tx) => {
    const message = await findMessage(tx, eventId, messageId);
    await tx.update(liveMessages).set({ hiddenAt: new Date() }).where(eq(liveMessages.id, messageId));
    await tx
      .update(liveLog)
      .set({
        frame: sql`jsonb_set(jsonb_set(${liveLog.frame}, '{message,body}', '""'), '{message,hidden}', 'true')`,
      })
      .where(and(eq(liveLog.eventId, eventId), eq(liveLog.seq, message.seq)));
    return { frame: { type: 'hidden', messageId }, result: null };
  });
}

export async function markAnswered(db: Db, eventId: string, messageId: string) {
  return appendToStream(db, eventId, async (tx) => {
    const message = await findMessage(tx, eventId, messageId);
    if (message.kind !== 'question') {
      throw new LiveError('not-found', 'Only questions can be marked answered.', { field: 'messageId' });
    }
    await tx.update(liveMessages).set({ answeredAt: new Date() }).where(eq(liveMessages.id, messageId));
    return { frame: { type: 'answered', messageId }, result: null };
  });
}

/** Removes a participant (not a host): their connections close and they cannot come back. */
export async function removeParticipant(db: Db, eventId: string, participantId: string) {
  return appendToStream(db, eventId, async (tx) => {
    const [row] = await tx
      .select()
      .from(liveParticipants)
      .where(and(eq(liveParticipants.id, participantId), eq(liveParticipants.eventId, eventId)));
    if (!row)
      throw new LiveError('not-found', 'There is no such participant in this room.', {
        field: 'participantId',
      });
    if (row.host) throw new LiveError('forbidden', 'Hosts cannot be removed.', { field: 'participantId' });
    await tx
      .update(liveParticipants)
      .set({ removedAt: new Date() })
      .where(eq(liveParticipants.id, participantId));
    return { frame: { type: 'removed', participantId }, result: null };
  });
}

export async function updateRoom(db: Db, eventId: string, change: Partial<RoomSettings>) {
  return appendToStream(db, eventId, async (tx) => {
    const [room] = await tx.update(liveRooms).set(change).where(eq(liveRooms.eventId, eventId)).returning();
    if (!room) throw new Error(`live room ${eventId} vanished`);
    return { frame: { type: 'room', room: roomSettings(room) }, result: null };
  });
}

// --- Polls ---------------------------------------------------------------------------------

async function pollCounts(tx: Tx, poll: PollRow): Promise<{ counts: number[]; voters: number }> {
  const votes = await tx
    .select({ choices: livePollVotes.choices })
    .from(livePollVotes)
    .where(eq(livePollVotes.pollId, poll.id));
  const counts = poll.options.map(() => 0);
  for (const { choices } of votes) for (const c of choices) counts[c] = (counts[c] ?? 0) + 1;
  return { counts, voters: votes.length };
}

async function presentPoll(tx: Tx, poll: PollRow): Promise<Poll> {
  return {
    id: poll.id,
    question: poll.question,
    kind: poll.kind,
    options: poll.options,
    status: poll.status,
    ...(await pollCounts(tx, poll)),
  };
}

export async function openPoll(
  db: Db,
  eventId: string,
  input: { clientId: string; question: string; kind: Poll['kind']; options: string[] },
) {
  const options = input.kind === 'scale' ? [...SCALE_OPTIONS] : input.options;
  if (input.kind !== 'scale' && (options.length < 2 || new Set(options).size !== options.length)) {
    throw new LiveError('invalid-frame', 'A poll needs at least two different options.', {
      field: 'options',
    });
  }
  const [existing] = await db
    .select()
    .from(livePolls)
    .where(and(eq(livePolls.eventId, eventId), eq(livePolls.clientId, input.clientId)));
  if (existing) return { seq: await pollSeq(db, eventId, existing.id) };
  return appendToStream(db, eventId, async (tx, _seq, room) => {
    requireOpen(room);
    const [poll] = await tx
      .insert(livePolls)
      .values({ eventId, ...input, options })
      .returning();
    if (!poll) throw new Error('no poll row returned');
    return { frame: { type: 'poll', poll: await presentPoll(tx, poll) }, result: null };
  });
}

/** The number of the frame that opened a poll (for the ack of a resent open-poll). */
async function pollSeq(db: Db, eventId: string, pollId: string): Promise<number> {
  const [row] = await db
    .select({ seq: liveLog.seq })
    .from(liveLog)
    .where(and(eq(liveLog.eventId, eventId), sql`${liveLog.frame}->'poll'->>'id' = ${pollId}`))
    .orderBy(asc(liveLog.seq))
    .limit(1);
  return row?.seq ?? 0;
}

async function findPoll(tx: Tx, eventId: string, pollId: string, lock = false): Promise<PollRow> {
  const query = tx
    .select()
    .from(livePolls)
    .where(and(eq(livePolls.id, pollId), eq(livePolls.eventId, eventId)));
  const [poll] = lock ? await query.for('update') : await query;
  if (!poll) throw new LiveError('not-found', 'There is no such poll in this room.', { field: 'pollId' });
  return poll;
}

export async function closePoll(db: Db, eventId: string, pollId: string) {
  return appendToStream(db, eventId, async (tx) => {
    await findPoll(tx, eventId, pollId, true);
    const [poll] = await tx
      .update(livePolls)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(livePolls.id, pollId))
      .returning();
    if (!poll) throw new Error('no poll row returned');
    return { frame: { type: 'poll', poll: await presentPoll(tx, poll) }, result: null };
  });
}

function checkChoices(poll: PollRow, choices: number[]) {
  const valid = choices.every((c) => c < poll.options.length) && new Set(choices).size === choices.length;
  if (!valid || (poll.kind !== 'multiple' && choices.length !== 1)) {
    const expected = poll.kind === 'multiple' ? 'different options' : 'exactly one option';
    throw new LiveError('invalid-choice', `Choose ${expected} of this poll.`, { field: 'choices' });
  }
}

/** A participant's answer to an open poll; answering again replaces the earlier answer. */
export async function vote(db: Db, participant: Participant, pollId: string, choices: number[]) {
  return db.transaction(async (tx) => {
    // The lock orders concurrent votes, so the announced tallies only grow in commit order.
    const poll = await findPoll(tx, participant.eventId, pollId, true);
    if (poll.status !== 'open')
      throw new LiveError('poll-closed', 'This poll is closed.', { field: 'pollId' });
    checkChoices(poll, choices);
    await tx
      .insert(livePollVotes)
      .values({ pollId, participantId: participant.id, choices })
      .onConflictDoUpdate({ target: [livePollVotes.pollId, livePollVotes.participantId], set: { choices } });
    const { counts, voters } = await pollCounts(tx, poll);
    await notify(tx, { e: participant.eventId, k: 'tally', p: pollId, c: counts, n: voters });
  });
}

// --- What a newcomer receives --------------------------------------------------------------

export type Snapshot = {
  lastSeq: number;
  room: RoomSettings;
  messages: LiveMessage[];
  polls: Poll[];
  votedMessages: string[];
  votedPolls: string[];
};

/** The room as it is at one sequence number, read in one consistent transaction. */
export async function snapshot(db: Db, eventId: string, participantId: string): Promise<Snapshot> {
  return db.transaction(
    async (tx) => {
      const room = await enteredRoom(tx, eventId);
      const messages = await visibleMessages(tx, eventId);
      const polls = await tx
        .select()
        .from(livePolls)
        .where(eq(livePolls.eventId, eventId))
        .orderBy(asc(livePolls.createdAt));
      const votedMessages = await tx
        .select({ id: liveQuestionVotes.messageId })
        .from(liveQuestionVotes)
        .where(eq(liveQuestionVotes.participantId, participantId));
      const pollIds = polls.map((p) => p.id);
      const votedPolls = pollIds.length
        ? await tx
            .select({ id: livePollVotes.pollId })
            .from(livePollVotes)
            .where(
              and(eq(livePollVotes.participantId, participantId), inArray(livePollVotes.pollId, pollIds)),
            )
        : [];
      return {
        lastSeq: room.lastSeq,
        room: roomSettings(room),
        messages,
        polls: await Promise.all(polls.map((p) => presentPoll(tx, p))),
        votedMessages: votedMessages.map((v) => v.id),
        votedPolls: votedPolls.map((v) => v.id),
      };
    },
    { isolationLevel: 'repeatable read' },
  );
}

/** The latest chat messages and every question, oldest first, without hidden ones. */
async function visibleMessages(tx: Tx, eventId: string): Promise<LiveMessage[]> {
  const rows = await tx
    .select({ message: liveMessages, author: authorColumns })
    .from(liveMessages)
    .innerJoin(liveParticipants, eq(liveParticipants.id, liveMessages.participantId))
    .where(and(eq(liveMessages.eventId, eventId), isNull(liveMessages.hiddenAt)))
    .orderBy(desc(liveMessages.seq))
    .limit(LIVE_LIMITS.historyMessages * 4);
  let chats = 0;
  const kept = rows.filter((r) => r.message.kind === 'question' || chats++ < LIVE_LIMITS.historyMessages);
  return kept.reverse().map((r) => presentMessage(r.message, r.author));
}

// --- Export --------------------------------------------------------------------------------

export type Transcript = {
  messages: (LiveMessage & { reports: number; organisationType: string | null })[];
  polls: Poll[];
};

/**
 * Everything said in the room, hidden messages included (marked), for the organisers; not what
 * people who deleted their accounts said.
 */
export async function transcript(db: Db, eventId: string): Promise<Transcript> {
  const rows = await db
    .select({
      message: liveMessages,
      author: { ...authorColumns, organisationType: liveParticipants.organisationType },
    })
    .from(liveMessages)
    .innerJoin(liveParticipants, eq(liveParticipants.id, liveMessages.participantId))
    .where(and(eq(liveMessages.eventId, eventId), isNull(liveParticipants.erasedAt)))
    .orderBy(asc(liveMessages.seq));
  const polls = await db
    .select()
    .from(livePolls)
    .where(eq(livePolls.eventId, eventId))
    .orderBy(asc(livePolls.createdAt));
  return {
    messages: rows.map(({ message, author }) => ({
      ...presentMessage({ ...message, hiddenAt: null }, author),
      hidden: message.hiddenAt !== null,
      reports: message.reports,
      organisationType: author.organisationType,
    })),
    polls: await Promise.all(polls.map((p) => presentPoll(db, p))),
  };
}

export async function saveSummary(db: Db, eventId: string, summary: string): Promise<void> {
  const value = summary.trim() || null;
  await db
    .insert(liveRooms)
    .values({ eventId, summary: value })
    .onConflictDoUpdate({ target: liveRooms.eventId, set: { summary: value } });
}

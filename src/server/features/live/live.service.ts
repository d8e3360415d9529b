import { eq, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { newToken } from '#server/platform/tokens.ts';
import type { ClientFrame, JoinLive, Poll, RoomSettings } from '#shared/live.ts';
import type { LiveHub } from './live.hub.ts';
import * as policy from './live.policy.ts';
import { type Participant, presentMessage, presentParticipant, roomSettings } from './live.presenter.ts';
import {
  enteredRoom,
  findMessage,
  findParticipantRow,
  findPoll,
  lastChatAt,
  messageInRoom,
  participantInRoom,
  pollByClientId,
  pollInRoom,
  pollResults,
  pollWithResults,
  sentBefore,
} from './live.queries.ts';
import {
  appendToStream,
  hideInStream,
  inRoom,
  notify,
  pollOpenedAt,
  type RoomKey,
  roomKeyOf,
} from './live.stream.ts';
import {
  liveMessages,
  liveParticipants,
  livePolls,
  livePollVotes,
  liveQuestionVotes,
  liveReports,
  liveRooms,
} from './live.tables.ts';

// One function per thing people do in a room. Whatever everyone must see is written and appended
// to the room's numbered stream in one transaction (live.stream.ts).

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
    policy.requireNotRemoved(row);
    return { participant: presentParticipant(row), token };
  });
}

/** Removes a participant (not a host): their connections close and they cannot come back. */
export async function removeParticipant(db: Db, room: RoomKey, participantId: string) {
  return appendToStream(db, room, async (tx) => {
    policy.requireRemovable(await findParticipantRow(tx, room, participantId));
    await tx
      .update(liveParticipants)
      .set({ removedAt: new Date() })
      .where(participantInRoom(room, participantId));
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

/** Stores a chat message or question; a resend with the same `clientId` returns the first one. */
export async function postMessage(
  db: Db,
  participant: Participant,
  input: { kind: 'chat' | 'question'; clientId: string; body: string },
): Promise<{ seq: number }> {
  const existing = await sentBefore(db, participant, input.clientId);
  if (existing) return existing;
  const { seq } = await appendToStream(db, participant, async (tx, seq, room) => {
    policy.requireOpen(room);
    if (policy.slowModeApplies(input.kind, participant, room))
      policy.requireSlowModeKept(room.slowModeSeconds, await lastChatAt(tx, participant));
    const [row] = await tx
      .insert(liveMessages)
      .values({ ...roomKeyOf(participant), seq, participantId: participant.id, ...input })
      .returning();
    if (!row) throw new Error('no message row returned');
    return { frame: { type: 'message', message: presentMessage(row, participant) }, result: null };
  });
  return { seq };
}

/** One upvote per participant and question; returns the new count, or null if already voted. */
export async function upvote(db: Db, participant: Participant, messageId: string): Promise<number | null> {
  return db.transaction(async (tx) => {
    policy.requireUpvotable(await findMessage(tx, participant, messageId));
    policy.requireOpen(await enteredRoom(tx, participant));
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
    policy.requireAnswerable(await findMessage(tx, room, messageId));
    await tx.update(liveMessages).set({ answeredAt: new Date() }).where(messageInRoom(room, messageId));
    return { frame: { type: 'answered', messageId }, result: null };
  });
}

type OpenPoll = { clientId: string; question: string; kind: Poll['kind']; options: string[] };

/** Opens a poll; a resend with the same `clientId` answers with the frame that opened it. */
export async function openPoll(db: Db, room: RoomKey, input: OpenPoll) {
  const options = policy.pollOptions(input);
  const existing = await pollByClientId(db, room, input.clientId);
  if (existing) return { seq: await pollOpenedAt(db, room, existing.id) };
  return appendToStream(db, room, async (tx, _seq, row) => {
    policy.requireOpen(row);
    const [poll] = await tx
      .insert(livePolls)
      .values({ ...roomKeyOf(room), ...input, options })
      .returning();
    if (!poll) throw new Error('no poll row returned');
    return { frame: { type: 'poll', poll: await pollWithResults(tx, poll) }, result: null };
  });
}

export async function closePoll(db: Db, room: RoomKey, pollId: string) {
  return appendToStream(db, room, async (tx) => {
    await findPoll(tx, room, pollId, true);
    const [poll] = await tx
      .update(livePolls)
      .set({ status: 'closed', closedAt: new Date() })
      .where(pollInRoom(room, pollId))
      .returning();
    if (!poll) throw new Error('no poll row returned');
    return { frame: { type: 'poll', poll: await pollWithResults(tx, poll) }, result: null };
  });
}

/** A participant's answer to an open poll; answering again replaces the earlier answer. */
export async function vote(db: Db, participant: Participant, pollId: string, choices: number[]) {
  return db.transaction(async (tx) => {
    // The lock orders concurrent votes, so the announced tallies only grow in commit order.
    const poll = await findPoll(tx, participant, pollId, true);
    policy.requireValidVote(poll, choices);
    await tx
      .insert(livePollVotes)
      .values({ networkId: participant.networkId, pollId, participantId: participant.id, choices })
      .onConflictDoUpdate({ target: [livePollVotes.pollId, livePollVotes.participantId], set: { choices } });
    const { counts, voters } = await pollResults(tx, poll);
    await notify(tx, { e: participant.eventId, k: 'tally', p: pollId, c: counts, n: voters });
  });
}

export type RoomFrame = Exclude<ClientFrame, { type: 'hello' | 'ping' }>;

/** Carries out one frame of a welcomed participant; the sequence number to acknowledge, if any. */
export async function carryOut(
  { db, hub }: { db: Db; hub: LiveHub },
  participant: Participant,
  frame: RoomFrame,
): Promise<number | null> {
  const room = roomKeyOf(participant);
  switch (frame.type) {
    case 'chat':
    case 'ask': {
      const kind = frame.type === 'chat' ? 'chat' : 'question';
      const { clientId, body } = frame;
      return (await postMessage(db, participant, { kind, clientId, body })).seq;
    }
    case 'open-poll':
      return (await openPoll(db, room, frame)).seq;
    case 'upvote':
      await upvote(db, participant, frame.messageId);
      return null;
    case 'react':
      await hub.react(room, frame.emoji);
      return null;
    case 'report':
      await report(db, participant, frame.messageId);
      return null;
    case 'vote':
      await vote(db, participant, frame.pollId, frame.choices);
      return null;
    default:
      await carryOutHostFrame(db, room, frame);
      return null;
  }
}

async function carryOutHostFrame(
  db: Db,
  room: RoomKey,
  frame: Exclude<policy.HostFrame, { type: 'open-poll' }>,
) {
  switch (frame.type) {
    case 'hide':
      return hide(db, room, frame.messageId);
    case 'answer':
      return markAnswered(db, room, frame.messageId);
    case 'remove':
      return removeParticipant(db, room, frame.participantId);
    case 'slow-mode':
      return updateRoom(db, room, { slowModeSeconds: frame.seconds });
    case 'room-status':
      // Closing the room ends the meeting in it: that is when everyone is asked for feedback.
      return updateRoom(db, room, {
        status: frame.status,
        ...(frame.status === 'closed' ? { feedbackAsked: true } : {}),
      });
    case 'ask-feedback':
      return updateRoom(db, room, { feedbackAsked: true });
    case 'close-poll':
      return closePoll(db, room, frame.pollId);
  }
}

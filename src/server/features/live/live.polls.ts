import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '#server/db/client.ts';
import { type Poll, SCALE_OPTIONS } from '#shared/live.ts';
import { LiveError } from './live.errors.ts';
import { type Participant, requireOpen } from './live.rooms.ts';
import { appendToStream, inRoom, notify, pollOpenedAt, type RoomKey, roomKeyOf } from './live.stream.ts';
import { livePolls, livePollVotes } from './live.tables.ts';

type PollRow = typeof livePolls.$inferSelect;
type OpenPoll = { clientId: string; question: string; kind: Poll['kind']; options: string[] };

async function pollCounts(tx: Tx, poll: PollRow): Promise<{ counts: number[]; voters: number }> {
  const votes = await tx
    .select({ choices: livePollVotes.choices })
    .from(livePollVotes)
    .where(and(eq(livePollVotes.networkId, poll.networkId), eq(livePollVotes.pollId, poll.id)));
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

/** Every poll of the room with its results, in the order they were opened. */
export async function pollsOf(tx: Tx, room: RoomKey): Promise<Poll[]> {
  const polls = await tx
    .select()
    .from(livePolls)
    .where(inRoom(livePolls, room))
    .orderBy(asc(livePolls.createdAt));
  return Promise.all(polls.map((p) => presentPoll(tx, p)));
}

/** The options a new poll offers: a scale's own, or at least two different ones given. */
function optionsOf(input: OpenPoll): string[] {
  if (input.kind === 'scale') return [...SCALE_OPTIONS];
  if (input.options.length < 2 || new Set(input.options).size !== input.options.length) {
    throw new LiveError('invalid-frame', 'A poll needs at least two different options.', {
      field: 'options',
    });
  }
  return input.options;
}

/** Opens a poll; a resend with the same `clientId` answers with the frame that opened it. */
export async function openPoll(db: Db, room: RoomKey, input: OpenPoll) {
  const options = optionsOf(input);
  const [existing] = await db
    .select()
    .from(livePolls)
    .where(and(inRoom(livePolls, room), eq(livePolls.clientId, input.clientId)));
  if (existing) return { seq: await pollOpenedAt(db, room, existing.id) };
  return appendToStream(db, room, async (tx, _seq, row) => {
    requireOpen(row);
    const [poll] = await tx
      .insert(livePolls)
      .values({ ...roomKeyOf(room), ...input, options })
      .returning();
    if (!poll) throw new Error('no poll row returned');
    return { frame: { type: 'poll', poll: await presentPoll(tx, poll) }, result: null };
  });
}

/** The condition "this poll, in this room" on `live_polls`. */
const pollInRoom = (room: RoomKey, pollId: string) => and(inRoom(livePolls, room), eq(livePolls.id, pollId));

async function findPoll(tx: Tx, room: RoomKey, pollId: string, lock = false): Promise<PollRow> {
  const query = tx.select().from(livePolls).where(pollInRoom(room, pollId));
  const [poll] = lock ? await query.for('update') : await query;
  if (!poll) throw new LiveError('not-found', 'There is no such poll in this room.', { field: 'pollId' });
  return poll;
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
    const poll = await findPoll(tx, participant, pollId, true);
    if (poll.status !== 'open')
      throw new LiveError('poll-closed', 'This poll is closed.', { field: 'pollId' });
    checkChoices(poll, choices);
    await tx
      .insert(livePollVotes)
      .values({ networkId: participant.networkId, pollId, participantId: participant.id, choices })
      .onConflictDoUpdate({ target: [livePollVotes.pollId, livePollVotes.participantId], set: { choices } });
    const { counts, voters } = await pollCounts(tx, poll);
    await notify(tx, { e: participant.eventId, k: 'tally', p: pollId, c: counts, n: voters });
  });
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

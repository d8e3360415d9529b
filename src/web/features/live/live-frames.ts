import type { LiveMessage, Poll, SequencedFrame, ServerFrame } from '#shared/live.ts';
import { notYetSeen } from './live-outbox.ts';
import type { Arrival, LiveState } from './live-state.ts';

// What the room's frames change in the state: each function returns the change, to be merged.

const MAX_ARRIVALS = 5;

type FrameOf<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;

/** Numbers a new arrival (see `LiveState.arrivals`). */
type NextId = () => number;

const SEQUENCED_TYPES: ReadonlySet<string> = new Set([
  'message',
  'hidden',
  'answered',
  'poll',
  'removed',
  'room',
]);

export function isSequenced(frame: ServerFrame): frame is SequencedFrame {
  return SEQUENCED_TYPES.has(frame.type);
}

/** Who we are and the room; with a snapshot (for a newcomer), everything the room holds. */
export function welcomeChange(state: LiveState, frame: FrameOf<'welcome'>): Partial<LiveState> {
  const next: Partial<LiveState> = {
    status: 'connected',
    you: frame.you,
    room: frame.room,
    presence: frame.presence,
  };
  if (frame.snapshot) {
    next.lastSeq = frame.lastSeq;
    next.messages = [...frame.snapshot.messages].sort((a, b) => a.seq - b.seq);
    next.polls = frame.snapshot.polls;
    next.votedMessages = new Set(frame.snapshot.votedMessages);
    next.votedPolls = new Set(frame.snapshot.votedPolls);
    // Whatever the snapshot already holds was acknowledged: drop it from the outbox.
    next.outbox = notYetSeen(state.outbox, frame.lastSeq);
  }
  return next;
}

export function votesChange(state: LiveState, frame: FrameOf<'votes'>): Partial<LiveState> {
  return {
    messages: state.messages.map((m) => (m.id === frame.messageId ? { ...m, votes: frame.votes } : m)),
  };
}

export function tallyChange(state: LiveState, frame: FrameOf<'tally'>): Partial<LiveState> {
  return {
    polls: state.polls.map((p) =>
      p.id === frame.pollId ? { ...p, counts: frame.counts, voters: frame.voters } : p,
    ),
  };
}

/** What a frame of the room's stream changes; null for a repeat. */
export function sequencedChange(
  state: LiveState,
  frame: SequencedFrame,
  nextId: NextId,
): Partial<LiveState> | null {
  // Frames come in order; anything at or below what we have is a repeat.
  if (frame.seq <= state.lastSeq) return null;
  return {
    lastSeq: frame.seq,
    ...streamChange(state, frame, nextId),
    outbox: notYetSeen(state.outbox, frame.seq),
  };
}

function streamChange(state: LiveState, frame: SequencedFrame, nextId: NextId): Partial<LiveState> {
  const { messages } = state;
  switch (frame.type) {
    case 'message':
      return messageChange(state, frame.message, nextId);
    case 'hidden':
      return {
        messages: messages.map((m) => (m.id === frame.messageId ? { ...m, hidden: true, body: '' } : m)),
        arrivals: state.arrivals.filter((a) => a.of !== frame.messageId),
      };
    case 'answered':
      return { messages: messages.map((m) => (m.id === frame.messageId ? { ...m, answered: true } : m)) };
    case 'poll':
      return pollChange(state, frame.poll, nextId);
    case 'removed':
      return frame.participantId === state.you?.participantId ? { status: 'removed' } : {};
    case 'room':
      return { room: frame.room };
  }
}

/** A new or changed message; someone else's is announced, unless hidden. */
function messageChange(state: LiveState, message: LiveMessage, nextId: NextId): Partial<LiveState> {
  const messages = upsert(state.messages, message);
  if (message.hidden || message.author.participantId === state.you?.participantId) return { messages };
  const arrivals = withArrival(state.arrivals, nextId(), {
    kind: message.kind,
    of: message.id,
    author: message.author.displayName,
    text: message.body,
  });
  return { messages, arrivals };
}

/** A new or changed poll; one that arrives open is announced. */
function pollChange(state: LiveState, poll: Poll, nextId: NextId): Partial<LiveState> {
  const { polls } = state;
  const known = polls.some((p) => p.id === poll.id);
  const next = known ? polls.map((p) => (p.id === poll.id ? poll : p)) : [...polls, poll];
  if (known || poll.status !== 'open') return { polls: next };
  const arrivals = withArrival(state.arrivals, nextId(), {
    kind: 'poll',
    of: poll.id,
    author: null,
    text: poll.question,
  });
  return { polls: next, arrivals };
}

function withArrival(arrivals: Arrival[], id: number, arrival: Omit<Arrival, 'id'>): Arrival[] {
  return [...arrivals, { id, ...arrival }].slice(-MAX_ARRIVALS);
}

/** Adds a message, or replaces the one with its id, keeping the list in sequence order. */
function upsert(messages: LiveMessage[], message: LiveMessage): LiveMessage[] {
  const index = messages.findIndex((m) => m.id === message.id);
  if (index >= 0) return messages.map((m, i) => (i === index ? message : m));
  const last = messages.at(-1);
  if (!last || last.seq < message.seq) return [...messages, message];
  return [...messages, message].sort((a, b) => a.seq - b.seq);
}

import { Conflict } from '#server/platform/errors.ts';
import { type ClientFrame, HOST_FRAMES, type Poll, SCALE_OPTIONS } from '#shared/live.ts';
import { isOver } from '#shared/meeting-phase.ts';
import { LiveError } from './live.errors.ts';
import type { MessageRow, PollRow } from './live.presenter.ts';
import type { RoomRow } from './live.stream.ts';

// What a live room allows, each rule once. Who hosts a network's rooms is the networks policy
// ('host-live'); a socket hosts only when its session may and its participant entered as a host.

export type HostFrame = Extract<ClientFrame, { type: (typeof HOST_FRAMES)[number] }>;

export const isHostFrame = (frame: ClientFrame): frame is HostFrame =>
  (HOST_FRAMES as readonly string[]).includes(frame.type);

export function requireHostFor(frame: ClientFrame, hosts: boolean) {
  if (isHostFrame(frame) && !hosts) throw new LiveError('forbidden', 'Only the hosts may do this.');
}

/** Once the meeting is over (`#shared/meeting-phase.ts`), its room is a read-only archive. */
export const isArchived = (event: { endsAt: Date }, now: Date) => isOver(event, now);

function requireNotCancelled(event: { status: string }) {
  if (event.status === 'cancelled') throw new Conflict('This meeting was cancelled; its room is closed.');
}

/** A cancelled meeting's room cannot be entered; an archived one only by its hosts, to moderate. */
export function requireEnterable(event: { status: string; endsAt: Date }, hosts: boolean, now: Date) {
  requireNotCancelled(event);
  if (isArchived(event, now) && !hosts) {
    throw new Conflict('This meeting has ended; its room is kept as a read-only archive.');
  }
}

/** Only an ended meeting's room is read as an archive: while it runs, what it holds comes live. */
export function requireArchived(event: { status: string; endsAt: Date }, now: Date) {
  requireNotCancelled(event);
  if (!isArchived(event, now)) throw new Conflict('This meeting has not ended; enter its room instead.');
}

/** What hosts may still do in an archive: take away what should not stay in it. */
const ARCHIVE_FRAMES: readonly string[] = ['hide', 'answer', 'remove', 'close-poll'];

export function requireNotArchived(frame: ClientFrame, archived: boolean) {
  if (archived && !ARCHIVE_FRAMES.includes(frame.type)) {
    throw new LiveError('room-closed', 'This meeting has ended; its room is a read-only archive.');
  }
}

export function requireNotRemoved(participant: { removedAt: Date | null }) {
  if (participant.removedAt) throw new LiveError('removed', 'A host removed you from this room.');
}

/** Messages, questions, votes on questions and new polls need an open room. */
export function requireOpen(room: RoomRow) {
  if (room.status !== 'open') throw new LiveError('room-closed', 'The room is closed.');
}

export function requireRemovable(participant: { host: boolean }) {
  if (participant.host)
    throw new LiveError('forbidden', 'Hosts cannot be removed.', { field: 'participantId' });
}

/** Slow mode limits the chat of participants who are not hosts; questions are exempt. */
export const slowModeApplies = (kind: 'chat' | 'question', author: { host: boolean }, room: RoomRow) =>
  kind === 'chat' && !author.host && room.slowModeSeconds > 0;

/** One chat message every `seconds`: refused, with the wait, when the last one is too recent. */
export function requireSlowModeKept(seconds: number, lastChatAt: Date | null, now = Date.now()) {
  const wait = lastChatAt ? seconds - (now - lastChatAt.getTime()) / 1000 : 0;
  if (wait > 0) {
    throw new LiveError('slow-mode', `Slow mode: one message every ${seconds} seconds.`, {
      retryAfter: Math.ceil(wait),
    });
  }
}

/** Only visible questions can be upvoted. */
export function requireUpvotable(message: MessageRow) {
  if (message.kind !== 'question' || message.hiddenAt) {
    throw new LiveError('not-found', 'Only visible questions can be upvoted.', { field: 'messageId' });
  }
}

export function requireAnswerable(message: MessageRow) {
  if (message.kind !== 'question') {
    throw new LiveError('not-found', 'Only questions can be marked answered.', { field: 'messageId' });
  }
}

/** The options a new poll offers: a scale's own, or at least two different ones given. */
export function pollOptions(input: { kind: Poll['kind']; options: string[] }): string[] {
  if (input.kind === 'scale') return [...SCALE_OPTIONS];
  if (input.options.length < 2 || new Set(input.options).size !== input.options.length) {
    throw new LiveError('invalid-frame', 'A poll needs at least two different options.', {
      field: 'options',
    });
  }
  return input.options;
}

/** An answer to an open poll: one option, or for a multiple-choice poll different options. */
export function requireValidVote(poll: PollRow, choices: number[]) {
  if (poll.status !== 'open') throw new LiveError('poll-closed', 'This poll is closed.', { field: 'pollId' });
  const valid = choices.every((c) => c < poll.options.length) && new Set(choices).size === choices.length;
  if (!valid || (poll.kind !== 'multiple' && choices.length !== 1)) {
    const expected = poll.kind === 'multiple' ? 'different options' : 'exactly one option';
    throw new LiveError('invalid-choice', `Choose ${expected} of this poll.`, { field: 'choices' });
  }
}

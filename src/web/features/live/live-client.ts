import {
  CLOSE_CODES,
  type ClientFrameInput,
  type Poll,
  type RoomSettings,
  type ServerFrame,
} from '#shared/live.ts';
import { LiveConnection } from './live-connection.ts';
import { isSequenced, sequencedChange, tallyChange, votesChange, welcomeChange } from './live-frames.ts';
import { Outbox, type TrackedFrame } from './live-outbox.ts';
import { type Emoji, type ErrorTarget, INITIAL_STATE, type LiveState, type RoomError } from './live-state.ts';

// The room's state is the client's API: its components import it from here.
export type {
  Arrival,
  Author,
  ConnectionStatus,
  Emoji,
  ErrorTarget,
  LiveState,
  Outgoing,
  RoomError,
} from './live-state.ts';
export { INITIAL_STATE } from './live-state.ts';

const REACTION_SHOWN_MS = 4000;
const MAX_REACTIONS_SHOWN = 12;

/** Frames without a clientId whose errors belong to a particular place. */
const ERROR_TARGET_OF: Partial<Record<ClientFrameInput['type'], ErrorTarget>> = {
  upvote: 'questions',
  vote: 'polls',
  'close-poll': 'polls',
  'slow-mode': 'host',
  'room-status': 'host',
  'ask-feedback': 'host',
  answer: 'questions',
};

export interface LiveClientOptions {
  url: string;
  token: string;
  onChange: (state: LiveState) => void;
  /** The socket gave an unknown token: the participant must enter again. */
  onNotJoined?: () => void;
  /** Several connections in a row were refused before opening (e.g. the meeting was cancelled). */
  onUnreachable?: () => void;
  WebSocketImpl?: typeof WebSocket;
}

/**
 * One participant's connection to a live room: says hello with its token, applies the room's
 * frames to a state, resumes after a drop from the last sequence number seen (so nothing is lost
 * or shown twice) and resends what was not acknowledged with the same clientId.
 */
export class LiveClient {
  private state: LiveState = INITIAL_STATE;
  private readonly connection: LiveConnection;
  private readonly outbox = new Outbox();
  private disposed = false;
  private lastUntracked: ClientFrameInput['type'] | null = null;
  private counter = 0;
  private readonly options: LiveClientOptions;

  constructor(options: LiveClientOptions) {
    this.options = options;
    this.connection = new LiveConnection({
      url: options.url,
      WebSocketImpl: options.WebSocketImpl,
      onOpen: () => this.hello(),
      onFrame: (frame) => this.receive(frame),
      onClose: (code) => this.closed(code),
      onUnreachable: () => this.options.onUnreachable?.(),
    });
  }

  get current(): LiveState {
    return this.state;
  }

  start(): void {
    this.connection.start();
  }

  dispose(): void {
    this.disposed = true;
    this.connection.dispose();
  }

  // --- Participant actions ------------------------------------------------------------------

  chat(body: string): void {
    this.track({ type: 'chat', clientId: crypto.randomUUID(), body }, 'chat');
  }

  ask(body: string): void {
    this.track({ type: 'ask', clientId: crypto.randomUUID(), body }, 'ask');
  }

  upvote(messageId: string): void {
    if (this.state.votedMessages.has(messageId)) return;
    if (this.sendNow({ type: 'upvote', messageId })) {
      this.update({ votedMessages: new Set(this.state.votedMessages).add(messageId) });
    }
  }

  vote(pollId: string, choices: number[]): void {
    if (this.state.votedPolls.has(pollId)) return;
    if (this.sendNow({ type: 'vote', pollId, choices })) {
      this.update({ votedPolls: new Set(this.state.votedPolls).add(pollId) });
    }
  }

  react(emoji: Emoji): void {
    this.sendNow({ type: 'react', emoji });
  }

  report(messageId: string): void {
    if (this.sendNow({ type: 'report', messageId })) {
      this.update({ reportedByMe: new Set(this.state.reportedByMe).add(messageId) });
    }
  }

  // --- Host actions ---------------------------------------------------------------------------

  hide(messageId: string): void {
    this.sendNow({ type: 'hide', messageId });
  }

  answer(messageId: string): void {
    this.sendNow({ type: 'answer', messageId });
  }

  remove(participantId: string): void {
    this.sendNow({ type: 'remove', participantId });
  }

  slowMode(seconds: number): void {
    this.sendNow({ type: 'slow-mode', seconds });
  }

  roomStatus(status: RoomSettings['status']): void {
    this.sendNow({ type: 'room-status', status });
  }

  /** Shows everyone the card of the meeting's feedback survey. */
  askFeedback(): void {
    this.sendNow({ type: 'ask-feedback' });
  }

  openPoll(poll: { question: string; kind: Poll['kind']; options: string[] }): void {
    this.track({ type: 'open-poll', clientId: crypto.randomUUID(), ...poll }, 'poll-form');
  }

  closePoll(pollId: string): void {
    this.sendNow({ type: 'close-poll', pollId });
  }

  /** Forgets the error shown at `target` (e.g. once its form is used again). */
  dismissError(target: ErrorTarget): void {
    if (this.state.errors[target]) this.update({ errors: this.withoutError(target) });
  }

  // --- Sending --------------------------------------------------------------------------------

  /** Sends a frame that is kept, to resend, until acknowledged; `target` shows its errors. */
  private track(frame: TrackedFrame, target: ErrorTarget): void {
    this.update({ ...this.outbox.add(frame, this.state), errors: this.withoutError(target) });
    this.connection.send(frame);
  }

  /** Sends a frame that is not kept for resending; tells the user when offline. */
  private sendNow(frame: Exclude<ClientFrameInput, TrackedFrame>): boolean {
    const target = ERROR_TARGET_OF[frame.type] ?? 'room';
    if (!this.connection.send(frame)) {
      this.fail(target, { code: 'offline', message: 'offline' });
      return false;
    }
    this.lastUntracked = frame.type;
    if (this.state.errors[target]) this.update({ errors: this.withoutError(target) });
    return true;
  }

  // --- Connection -----------------------------------------------------------------------------

  /** A socket opened: a returning participant resumes after the last frame seen. */
  private hello(): void {
    const resume = this.state.you !== null ? { lastSeq: this.state.lastSeq } : {};
    this.connection.send({ type: 'hello', token: this.options.token, ...resume });
  }

  /** A socket closed: removed or not joined, the client stays away; otherwise it reconnects. */
  private closed(code: number): boolean {
    if (code === CLOSE_CODES.removed) {
      this.update({ status: 'removed' });
      return false;
    }
    if (code === CLOSE_CODES.notJoined) {
      this.update({ status: 'not-joined' });
      this.options.onNotJoined?.();
      return false;
    }
    this.update({ status: 'reconnecting' });
    return true;
  }

  // --- Receiving ------------------------------------------------------------------------------

  private receive(frame: ServerFrame): void {
    if (isSequenced(frame)) {
      const change = sequencedChange(this.state, frame, this.nextId);
      if (change) this.update(change);
      return;
    }
    switch (frame.type) {
      case 'welcome':
        this.welcome(frame);
        break;
      case 'ack':
        this.update(this.outbox.acknowledge(frame.clientId, frame.seq, this.state));
        break;
      case 'votes':
        this.update(votesChange(this.state, frame));
        break;
      case 'tally':
        this.update(tallyChange(this.state, frame));
        break;
      case 'presence':
        this.update({ presence: frame.count });
        break;
      case 'reaction':
        this.showReaction(frame.emoji);
        break;
      case 'reported':
        this.update({ reports: { ...this.state.reports, [frame.messageId]: frame.reports } });
        break;
      case 'error':
        this.error(frame);
        break;
    }
  }

  private welcome(frame: Extract<ServerFrame, { type: 'welcome' }>): void {
    this.connection.welcome();
    this.update(welcomeChange(this.state, frame));
    for (const pending of this.outbox.pending()) this.connection.send(pending);
  }

  private error(frame: Extract<ServerFrame, { type: 'error' }>): void {
    const refused = frame.clientId ? this.outbox.refuse(frame.clientId, this.state) : null;
    if (refused) {
      this.update(refused.change);
      const tracked = refused.frame;
      if (tracked.type === 'open-poll') this.fail('poll-form', frame);
      else this.fail(tracked.type, { ...frame, body: tracked.body });
      return;
    }
    let target: ErrorTarget = (this.lastUntracked && ERROR_TARGET_OF[this.lastUntracked]) ?? 'room';
    if (frame.code === 'slow-mode') target = 'chat';
    if (frame.code === 'poll-closed' || frame.code === 'invalid-choice') target = 'polls';
    this.fail(target, frame);
  }

  private fail(target: ErrorTarget, error: Omit<RoomError, 'id'> & { clientId?: string; field?: string }) {
    const { code, message, retryAfter, body } = error;
    this.update({
      errors: { ...this.state.errors, [target]: { id: this.nextId(), code, message, retryAfter, body } },
    });
  }

  private withoutError(target: ErrorTarget): LiveState['errors'] {
    const { [target]: _gone, ...rest } = this.state.errors;
    return rest;
  }

  private showReaction(emoji: Emoji): void {
    const id = this.nextId();
    this.update({ reactions: [...this.state.reactions, { id, emoji }].slice(-MAX_REACTIONS_SHOWN) });
    setTimeout(() => {
      if (!this.disposed) this.update({ reactions: this.state.reactions.filter((r) => r.id !== id) });
    }, REACTION_SHOWN_MS);
  }

  /** Numbers errors, reactions and arrivals, so that the same one twice is still a new one. */
  private readonly nextId = (): number => {
    this.counter += 1;
    return this.counter;
  };

  private update(change: Partial<LiveState>): void {
    this.state = { ...this.state, ...change };
    this.options.onChange(this.state);
  }
}

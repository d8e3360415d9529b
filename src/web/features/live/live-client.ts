import type { z } from 'zod';
import {
  type AuthorSchema,
  CLOSE_CODES,
  type ClientFrameInput,
  ClientFrameSchema,
  LIVE_LIMITS,
  type LiveErrorCode,
  type LiveMessage,
  type Poll,
  type REACTIONS,
  type RoomSettings,
  type SequencedFrame,
  type ServerFrame,
  ServerFrameSchema,
} from '#shared/live.ts';

export type Author = z.infer<typeof AuthorSchema>;

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'removed' | 'not-joined';

/** Where an error is shown: next to the form or list it concerns. */
export type ErrorTarget = 'chat' | 'ask' | 'questions' | 'poll-form' | 'polls' | 'host' | 'room';

export interface RoomError {
  /** Increases with every error, so the same text twice is still a new error. */
  id: number;
  code: LiveErrorCode | 'offline';
  message: string;
  retryAfter?: number;
  /** The text of a chat message or question the server refused, to give back to its writer. */
  body?: string;
}

/** A chat message or question sent but not yet in the room's stream. */
export interface Outgoing {
  clientId: string;
  kind: 'chat' | 'ask';
  body: string;
  /** Its sequence number once acknowledged; it is dropped once that frame has arrived. */
  ackedSeq: number | null;
}

export type Emoji = (typeof REACTIONS)[number];

export interface Arrival {
  id: number;
  kind: 'chat' | 'question' | 'poll';
  /** The message's or poll's id. */
  of: string;
  author: string | null;
  text: string;
}

export interface LiveState {
  status: ConnectionStatus;
  you: Author | null;
  room: RoomSettings | null;
  presence: number;
  /** The newest sequenced frame applied. */
  lastSeq: number;
  /** Chat messages and questions, oldest first (hidden ones included, with an empty body). */
  messages: LiveMessage[];
  polls: Poll[];
  votedMessages: ReadonlySet<string>;
  votedPolls: ReadonlySet<string>;
  reportedByMe: ReadonlySet<string>;
  /** Reports per message, as hosts are told. */
  reports: Readonly<Record<string, number>>;
  outbox: Outgoing[];
  /** Polls the host opened that are not yet acknowledged. */
  pollsSending: number;
  /** Reactions shown for a moment. */
  reactions: { id: number; emoji: Emoji }[];
  /** Chat messages, questions and polls that arrived live, for the polite announcer (newest last). */
  arrivals: Arrival[];
  errors: Partial<Record<ErrorTarget, RoomError>>;
}

export const INITIAL_STATE: LiveState = {
  status: 'connecting',
  you: null,
  room: null,
  presence: 0,
  lastSeq: 0,
  messages: [],
  polls: [],
  votedMessages: new Set(),
  votedPolls: new Set(),
  reportedByMe: new Set(),
  reports: {},
  outbox: [],
  pollsSending: 0,
  reactions: [],
  arrivals: [],
  errors: {},
};

/** Waits between reconnection attempts (ms), the last repeated; each is varied by ±20 %. */
const BACKOFF = [300, 1000, 2000, 4000, 8000, 15_000];
const PING_EVERY_MS = 25_000;
/** Without any frame this long after a ping, the connection is taken for dead and reopened. */
const PONG_TIMEOUT_MS = 10_000;
const REACTION_SHOWN_MS = 4000;
const MAX_REACTIONS_SHOWN = 12;
const MAX_ARRIVALS = 5;
/** WebSocket.OPEN */
const OPEN = 1;

/** Frames that carry a clientId: stored once by the server and acknowledged. */
type TrackedFrame = Extract<ClientFrameInput, { clientId: string }>;

/** Frames without a clientId whose errors belong to a particular place. */
const ERROR_TARGET_OF: Partial<Record<ClientFrameInput['type'], ErrorTarget>> = {
  upvote: 'questions',
  vote: 'polls',
  'close-poll': 'polls',
  'slow-mode': 'host',
  'room-status': 'host',
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
  private socket: WebSocket | null = null;
  private welcomed = false;
  private attempt = 0;
  /** Connections in a row that closed without ever opening. */
  private refused = 0;
  private disposed = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;
  /** Sent with a clientId and not yet acknowledged, in sending order. */
  private readonly unacked = new Map<string, TrackedFrame>();
  private lastUntracked: ClientFrameInput['type'] | null = null;
  private counter = 0;
  private readonly options: LiveClientOptions;

  constructor(options: LiveClientOptions) {
    this.options = options;
  }

  get current(): LiveState {
    return this.state;
  }

  start(): void {
    this.connect();
    globalThis.addEventListener?.('online', this.onOnline);
  }

  dispose(): void {
    this.disposed = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close(1000, 'left');
    }
  }

  // --- Participant actions ------------------------------------------------------------------

  chat(body: string): void {
    this.post('chat', body);
  }

  ask(body: string): void {
    this.post('ask', body);
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

  openPoll(poll: { question: string; kind: Poll['kind']; options: string[] }): void {
    const frame: TrackedFrame = { type: 'open-poll', clientId: crypto.randomUUID(), ...poll };
    this.unacked.set(frame.clientId, frame);
    this.update({ pollsSending: this.state.pollsSending + 1, errors: this.withoutError('poll-form') });
    this.trySend(frame);
  }

  closePoll(pollId: string): void {
    this.sendNow({ type: 'close-poll', pollId });
  }

  /** Forgets the error shown at `target` (e.g. once its form is used again). */
  dismissError(target: ErrorTarget): void {
    if (this.state.errors[target]) this.update({ errors: this.withoutError(target) });
  }

  // --- Sending --------------------------------------------------------------------------------

  private post(kind: 'chat' | 'ask', body: string): void {
    const frame: TrackedFrame = { type: kind, clientId: crypto.randomUUID(), body };
    this.unacked.set(frame.clientId, frame);
    this.update({
      outbox: [...this.state.outbox, { clientId: frame.clientId, kind, body, ackedSeq: null }],
      errors: this.withoutError(kind),
    });
    this.trySend(frame);
  }

  /** Sends a frame that is not kept for resending; tells the user when offline. */
  private sendNow(frame: Exclude<ClientFrameInput, TrackedFrame>): boolean {
    const target = ERROR_TARGET_OF[frame.type] ?? 'room';
    if (!this.trySend(frame)) {
      this.fail(target, { code: 'offline', message: 'offline' });
      return false;
    }
    this.lastUntracked = frame.type;
    if (this.state.errors[target]) this.update({ errors: this.withoutError(target) });
    return true;
  }

  private trySend(frame: ClientFrameInput): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN || (!this.welcomed && frame.type !== 'hello')) {
      return false;
    }
    const data = JSON.stringify(ClientFrameSchema.parse(frame));
    if (new TextEncoder().encode(data).length > LIVE_LIMITS.frameBytes) return false;
    socket.send(data);
    return true;
  }

  // --- Connection -----------------------------------------------------------------------------

  private readonly onOnline = () => {
    if (this.state.status !== 'reconnecting' || !this.reconnectTimer) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.connect();
  };

  private connect(): void {
    if (this.disposed) return;
    const Impl = this.options.WebSocketImpl ?? WebSocket;
    const socket = new Impl(this.options.url);
    this.socket = socket;
    this.welcomed = false;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.refused = 0;
      const resume = this.state.you !== null ? { lastSeq: this.state.lastSeq } : {};
      this.trySend({ type: 'hello', token: this.options.token, ...resume });
    };
    socket.onmessage = (event) => {
      this.alive();
      if (typeof event.data !== 'string') return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = ServerFrameSchema.safeParse(json);
      if (parsed.success) this.receive(parsed.data);
      else console.warn('Unexpected live frame', parsed.error.issues);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.welcomed = false;
      this.clearTimers();
      if (this.disposed) return;
      if (event.code === CLOSE_CODES.removed) {
        this.update({ status: 'removed' });
      } else if (event.code === CLOSE_CODES.notJoined) {
        this.update({ status: 'not-joined' });
        this.options.onNotJoined?.();
      } else {
        this.update({ status: 'reconnecting' });
        if (!opened && ++this.refused % 3 === 0) this.options.onUnreachable?.();
        const base = BACKOFF[Math.min(this.attempt, BACKOFF.length - 1)] ?? 15_000;
        this.attempt += 1;
        this.reconnectTimer = setTimeout(
          () => {
            this.reconnectTimer = null;
            this.connect();
          },
          base * (0.8 + Math.random() * 0.4),
        );
      }
    };
  }

  private startPinging(): void {
    this.pingTimer = setInterval(() => {
      this.trySend({ type: 'ping' });
      if (!this.pongTimer) {
        this.pongTimer = setTimeout(() => this.socket?.close(4000, 'no answer'), PONG_TIMEOUT_MS);
      }
    }, PING_EVERY_MS);
  }

  /** Any frame shows the connection is alive. */
  private alive(): void {
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.pongTimer = null;
  }

  private clearTimers(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.reconnectTimer = null;
    this.pingTimer = null;
    this.pongTimer = null;
  }

  // --- Receiving ------------------------------------------------------------------------------

  private receive(frame: ServerFrame): void {
    if (isSequenced(frame)) {
      this.applySequenced(frame);
      return;
    }
    switch (frame.type) {
      case 'welcome':
        this.welcome(frame);
        break;
      case 'ack':
        this.ack(frame.clientId, frame.seq);
        break;
      case 'votes':
        this.update({
          messages: this.state.messages.map((m) =>
            m.id === frame.messageId ? { ...m, votes: frame.votes } : m,
          ),
        });
        break;
      case 'tally':
        this.update({
          polls: this.state.polls.map((p) =>
            p.id === frame.pollId ? { ...p, counts: frame.counts, voters: frame.voters } : p,
          ),
        });
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
    this.welcomed = true;
    this.attempt = 0;
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
      next.outbox = this.state.outbox.filter((o) => o.ackedSeq === null || o.ackedSeq > frame.lastSeq);
    }
    this.update(next);
    this.startPinging();
    for (const pending of this.unacked.values()) this.trySend(pending);
  }

  private ack(clientId: string, seq: number): void {
    const frame = this.unacked.get(clientId);
    this.unacked.delete(clientId);
    if (frame?.type === 'open-poll') {
      this.update({ pollsSending: Math.max(0, this.state.pollsSending - 1) });
      return;
    }
    this.update({
      outbox: this.state.outbox
        .map((o) => (o.clientId === clientId ? { ...o, ackedSeq: seq } : o))
        .filter((o) => o.ackedSeq === null || o.ackedSeq > this.state.lastSeq),
    });
  }

  private error(frame: Extract<ServerFrame, { type: 'error' }>): void {
    const tracked = frame.clientId ? this.unacked.get(frame.clientId) : undefined;
    if (frame.clientId && tracked) {
      this.unacked.delete(frame.clientId);
      if (tracked.type === 'open-poll') {
        this.update({ pollsSending: Math.max(0, this.state.pollsSending - 1) });
        this.fail('poll-form', frame);
        return;
      }
      if (tracked.type === 'chat' || tracked.type === 'ask') {
        this.update({ outbox: this.state.outbox.filter((o) => o.clientId !== frame.clientId) });
        this.fail(tracked.type, { ...frame, body: tracked.body });
        return;
      }
    }
    let target: ErrorTarget = (this.lastUntracked && ERROR_TARGET_OF[this.lastUntracked]) ?? 'room';
    if (frame.code === 'slow-mode') target = 'chat';
    if (frame.code === 'poll-closed' || frame.code === 'invalid-choice') target = 'polls';
    this.fail(target, frame);
  }

  private fail(target: ErrorTarget, error: Omit<RoomError, 'id'> & { clientId?: string; field?: string }) {
    const { code, message, retryAfter, body } = error;
    this.counter += 1;
    this.update({
      errors: { ...this.state.errors, [target]: { id: this.counter, code, message, retryAfter, body } },
    });
  }

  private withoutError(target: ErrorTarget): LiveState['errors'] {
    const { [target]: _gone, ...rest } = this.state.errors;
    return rest;
  }

  private applySequenced(frame: SequencedFrame): void {
    // Frames come in order; anything at or below what we have is a repeat.
    if (frame.seq <= this.state.lastSeq) return;
    const next: Partial<LiveState> = { lastSeq: frame.seq };
    const { messages, polls } = this.state;
    switch (frame.type) {
      case 'message': {
        next.messages = upsert(messages, frame.message);
        const m = frame.message;
        if (!m.hidden && m.author.participantId !== this.state.you?.participantId) {
          next.arrivals = this.arrival({
            kind: m.kind,
            of: m.id,
            author: m.author.displayName,
            text: m.body,
          });
        }
        break;
      }
      case 'hidden':
        next.messages = messages.map((m) =>
          m.id === frame.messageId ? { ...m, hidden: true, body: '' } : m,
        );
        next.arrivals = this.state.arrivals.filter((a) => a.of !== frame.messageId);
        break;
      case 'answered':
        next.messages = messages.map((m) => (m.id === frame.messageId ? { ...m, answered: true } : m));
        break;
      case 'poll': {
        const known = polls.some((p) => p.id === frame.poll.id);
        next.polls = known
          ? polls.map((p) => (p.id === frame.poll.id ? frame.poll : p))
          : [...polls, frame.poll];
        if (!known && frame.poll.status === 'open') {
          next.arrivals = this.arrival({
            kind: 'poll',
            of: frame.poll.id,
            author: null,
            text: frame.poll.question,
          });
        }
        break;
      }
      case 'removed':
        if (frame.participantId === this.state.you?.participantId) next.status = 'removed';
        break;
      case 'room':
        next.room = frame.room;
        break;
    }
    next.outbox = this.state.outbox.filter((o) => o.ackedSeq === null || o.ackedSeq > frame.seq);
    this.update(next);
  }

  private arrival(arrival: Omit<Arrival, 'id'>): Arrival[] {
    this.counter += 1;
    return [...this.state.arrivals, { id: this.counter, ...arrival }].slice(-MAX_ARRIVALS);
  }

  private showReaction(emoji: Emoji): void {
    this.counter += 1;
    const id = this.counter;
    this.update({ reactions: [...this.state.reactions, { id, emoji }].slice(-MAX_REACTIONS_SHOWN) });
    setTimeout(() => {
      if (!this.disposed) this.update({ reactions: this.state.reactions.filter((r) => r.id !== id) });
    }, REACTION_SHOWN_MS);
  }

  private update(change: Partial<LiveState>): void {
    this.state = { ...this.state, ...change };
    this.options.onChange(this.state);
  }
}

const SEQUENCED_TYPES: ReadonlySet<string> = new Set([
  'message',
  'hidden',
  'answered',
  'poll',
  'removed',
  'room',
]);

function isSequenced(frame: ServerFrame): frame is SequencedFrame {
  return SEQUENCED_TYPES.has(frame.type);
}

/** Adds a message, or replaces the one with its id, keeping the list in sequence order. */
function upsert(messages: LiveMessage[], message: LiveMessage): LiveMessage[] {
  const index = messages.findIndex((m) => m.id === message.id);
  if (index >= 0) return messages.map((m, i) => (i === index ? message : m));
  const last = messages.at(-1);
  if (!last || last.seq < message.seq) return [...messages, message];
  return [...messages, message].sort((a, b) => a.seq - b.seq);
}

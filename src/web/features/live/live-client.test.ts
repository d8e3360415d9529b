import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveMessage, ServerFrame } from '#shared/live.ts';
import { LiveClient, type LiveState } from './live-client.ts';

/** A WebSocket stand-in: records what is sent and lets the test play the server. */
class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  constructor() {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000) {
    this.drop(code);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(frame: ServerFrame) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const you = { participantId: 'p-anna', displayName: 'Anna', organisation: null, host: false };
const room = { status: 'open' as const, slowModeSeconds: 0, feedbackAsked: false };

function message(seq: number, body: string, author = 'p-ben'): LiveMessage {
  return {
    id: `m-${seq}`,
    seq,
    kind: 'chat',
    author: { participantId: author, displayName: author, organisation: null, host: false },
    body,
    createdAt: new Date(2030, 2, 1, 9, seq).toISOString(),
    votes: 0,
    answered: false,
    hidden: false,
  };
}

const snapshot = (messages: LiveMessage[]) => ({ messages, polls: [], votedMessages: [], votedPolls: [] });
const bodies = (state: LiveState) => state.messages.map((m) => m.body);
const latest = () => FakeSocket.all.at(-1) as FakeSocket;

describe('LiveClient', () => {
  let client: LiveClient;
  let state: LiveState;
  const onNotJoined = vi.fn();

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    onNotJoined.mockReset();
    client = new LiveClient({
      url: 'ws://test/socket',
      token: 'secret',
      onChange: (next) => {
        state = next;
      },
      onNotJoined,
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    });
    client.start();
    latest().open();
  });

  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('says hello as a newcomer, takes the snapshot and ignores repeated frames', () => {
    expect(latest().sent).toEqual([{ type: 'hello', token: 'secret' }]);
    latest().receive({
      type: 'welcome',
      you,
      room,
      lastSeq: 2,
      presence: 3,
      snapshot: snapshot([message(2, 'first')]),
    });
    expect(state.status).toBe('connected');
    expect(state.presence).toBe(3);
    latest().receive({ type: 'message', seq: 3, message: message(3, 'second') });
    latest().receive({ type: 'message', seq: 3, message: message(3, 'second') });
    latest().receive({ type: 'message', seq: 2, message: message(2, 'first') });
    expect(bodies(state)).toEqual(['first', 'second']);
    expect(state.arrivals.map((a) => a.text)).toEqual(['second']);
  });

  it('resumes after a drop from the last frame seen, without losing or repeating one', () => {
    latest().receive({
      type: 'welcome',
      you,
      room,
      lastSeq: 3,
      presence: 1,
      snapshot: snapshot([message(3, 'a')]),
    });
    latest().drop();
    expect(state.status).toBe('reconnecting');
    vi.advanceTimersByTime(20_000);
    expect(FakeSocket.all).toHaveLength(2);
    latest().open();
    expect(latest().sent).toEqual([{ type: 'hello', token: 'secret', lastSeq: 3 }]);
    latest().receive({ type: 'welcome', you, room, lastSeq: 5, presence: 1 });
    latest().receive({ type: 'message', seq: 3, message: message(3, 'a') });
    latest().receive({ type: 'message', seq: 4, message: message(4, 'b') });
    latest().receive({ type: 'hidden', seq: 5, messageId: 'm-3' });
    expect(state.messages.filter((m) => !m.hidden).map((m) => m.body)).toEqual(['b']);
    expect(state.lastSeq).toBe(5);
  });

  it('resends an unacknowledged message with the same clientId after reconnecting', () => {
    latest().receive({ type: 'welcome', you, room, lastSeq: 0, presence: 1, snapshot: snapshot([]) });
    client.chat('hello all');
    const sent = latest().sent.at(-1) as { type: string; clientId: string; body: string };
    expect(sent).toMatchObject({ type: 'chat', body: 'hello all' });
    expect(state.outbox).toHaveLength(1);
    latest().drop();
    vi.advanceTimersByTime(20_000);
    latest().open();
    latest().receive({ type: 'welcome', you, room, lastSeq: 0, presence: 1 });
    expect(latest().sent.at(-1)).toEqual(sent);
    latest().receive({ type: 'ack', clientId: sent.clientId, seq: 1 });
    expect(state.outbox).toHaveLength(1);
    latest().receive({ type: 'message', seq: 1, message: message(1, 'hello all', 'p-anna') });
    expect(state.outbox).toHaveLength(0);
    expect(bodies(state)).toEqual(['hello all']);
    expect(state.arrivals).toEqual([]);
  });

  it('gives a refused message back with the error, next to the chat', () => {
    latest().receive({ type: 'welcome', you, room, lastSeq: 0, presence: 1, snapshot: snapshot([]) });
    client.chat('too soon');
    const { clientId } = latest().sent.at(-1) as { clientId: string };
    latest().receive({ type: 'error', code: 'slow-mode', message: 'Slow', clientId, retryAfter: 7 });
    expect(state.outbox).toEqual([]);
    expect(state.errors.chat).toMatchObject({ code: 'slow-mode', retryAfter: 7, body: 'too soon' });
  });

  it('stays away once removed, and asks to enter again for an unknown token', () => {
    latest().receive({ type: 'welcome', you, room, lastSeq: 0, presence: 1, snapshot: snapshot([]) });
    latest().drop(4003);
    expect(state.status).toBe('removed');
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);

    const other = new LiveClient({
      url: 'ws://test/socket',
      token: 'stale',
      onChange: () => {},
      onNotJoined,
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    });
    other.start();
    latest().open();
    latest().drop(4001);
    expect(onNotJoined).toHaveBeenCalledOnce();
    other.dispose();
  });

  it('says so after three connections in a row are refused before opening', () => {
    const onUnreachable = vi.fn();
    const other = new LiveClient({
      url: 'ws://test/socket',
      token: 'secret',
      onChange: () => {},
      onUnreachable,
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    });
    other.start();
    for (let i = 0; i < 3; i++) {
      latest().drop();
      vi.advanceTimersByTime(20_000);
    }
    expect(onUnreachable).toHaveBeenCalledOnce();
    other.dispose();
  });

  it('tells the user when an action cannot be sent while offline', () => {
    latest().receive({ type: 'welcome', you, room, lastSeq: 0, presence: 1, snapshot: snapshot([]) });
    latest().drop();
    client.upvote('m-1');
    expect(state.errors.questions).toMatchObject({ code: 'offline' });
    expect(state.votedMessages.has('m-1')).toBe(false);
  });

  it('asks for feedback; the room frame then says so, and a refusal shows in the host tools', () => {
    latest().receive({ type: 'welcome', you, room, lastSeq: 0, presence: 1, snapshot: snapshot([]) });
    client.askFeedback();
    expect(latest().sent.at(-1)).toEqual({ type: 'ask-feedback' });
    latest().receive({ type: 'error', code: 'forbidden', message: 'Hosts only.' });
    expect(state.errors.host).toMatchObject({ code: 'forbidden' });
    latest().receive({ type: 'room', seq: 1, room: { ...room, feedbackAsked: true } });
    expect(state.room?.feedbackAsked).toBe(true);
  });
});

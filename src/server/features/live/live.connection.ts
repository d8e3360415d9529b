import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Db } from '#server/db/client.ts';
import { CLOSE_CODES, type ClientFrame, type LiveErrorCode, type ServerFrame } from '#shared/live.ts';
import type { HostAuditor } from './live.audit.ts';
import { LiveError } from './live.errors.ts';
import { parseClientFrame } from './live.frames.ts';
import { encode, type LiveConnection, type LiveHub } from './live.hub.ts';
import { isArchived, isHostFrame, requireHostFor, requireNotArchived } from './live.policy.ts';
import { roomSettings } from './live.presenter.ts';
import { findParticipant, findRoom, snapshot, touchParticipant } from './live.queries.ts';
import { carryOut } from './live.service.ts';
import { framesAfter, type RoomKey } from './live.stream.ts';
import { TokenBucket } from './token-bucket.ts';

/** A client that does not say hello within this time is disconnected. */
const HELLO_TIMEOUT_MS = 10_000;
/** A client whose unsent data grows beyond this cannot keep up: it is dropped, not waited for. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** Consecutive refused frames after which the connection is closed as a flood. */
const MAX_REFUSALS_IN_A_ROW = 20;
const PING_INTERVAL_MS = 30_000;

export type ConnectionContext = {
  db: Db;
  hub: LiveHub;
  log: FastifyBaseLogger;
  /** The room this socket was opened for; a hello with another room's token finds nobody. */
  room: RoomKey;
  /** Whether the person behind this socket's session hosts this network's rooms. */
  host: boolean;
  userId: string | null;
  /** Null for a socket whose person does not host this room. */
  recordHostAction: HostAuditor | null;
  /** The meeting's planned end: some time after it, the room becomes an archive. */
  endsAt: Date;
};

type ErrorFrame = Extract<ServerFrame, { type: 'error' }>;

/** Serves one WebSocket: the hello, then each frame in turn, answering refusals with error frames. */
export function serveConnection(socket: WebSocket, context: ConnectionContext): void {
  const session = new LiveSocketSession(socket, context);
  socket.on('message', (raw, isBinary) => session.receive(raw.toString(), isBinary));
  socket.on('close', () => session.closed());
}

/** Pings the client every PING_INTERVAL_MS and ends a socket that did not answer the last ping. */
function keepAlive(socket: WebSocket): { stop(): void } {
  let alive = true;
  socket.on('pong', () => (alive = true));
  const pinger = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, PING_INTERVAL_MS);
  return { stop: () => clearInterval(pinger) };
}

/** One socket's state: whether it said hello, its rate limit, its frames in order, its keep-alive. */
class LiveSocketSession {
  readonly #socket: WebSocket;
  readonly #context: ConnectionContext;
  readonly #bucket = new TokenBucket({ capacity: 10, perSecond: 2 });
  readonly #keepAlive: { stop(): void };
  readonly #helloTimer: NodeJS.Timeout;
  #connection: LiveConnection | null = null;
  #refusalsInARow = 0;
  #queue = Promise.resolve();

  constructor(socket: WebSocket, context: ConnectionContext) {
    this.#socket = socket;
    this.#context = context;
    this.#keepAlive = keepAlive(socket);
    this.#helloTimer = setTimeout(() => socket.close(CLOSE_CODES.notJoined, 'no hello'), HELLO_TIMEOUT_MS);
  }

  receive(text: string, isBinary: boolean) {
    const frame = parseClientFrame(text, isBinary);
    if ('error' in frame) return this.#refuse('invalid-frame', frame.error, { field: frame.field });
    // Frames are handled one at a time, in the order they came.
    this.#queue = this.#queue
      .then(() => this.#handle(frame.value))
      .catch((error) => this.#fail(error, frame.value));
  }

  closed() {
    clearTimeout(this.#helloTimer);
    this.#keepAlive.stop();
    if (!this.#connection) return;
    this.#context.hub.detach(this.#context.room, this.#connection);
    touchParticipant(this.#context.db, this.#connection.participant).catch(() => {});
  }

  #send = (frame: ServerFrame) => this.#sendRaw(encode(frame));

  #sendRaw = (data: Buffer) => {
    const socket = this.#socket;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      // Nothing more is queued. The close waits behind the backlog, so a client that reads again
      // finds 4009 and resumes; ws ends the socket after LIVE_SOCKET_OPTIONS.closeTimeout if not.
      // A stalled reader cannot answer pings either: they must not cut that time short.
      this.#keepAlive.stop();
      socket.close(CLOSE_CODES.tooSlow, 'too slow');
      return;
    }
    socket.send(data, { binary: false });
  };

  #refuse(code: LiveErrorCode, message: string, extra: Partial<ErrorFrame> = {}) {
    this.#send({ type: 'error', code, message, ...extra });
    if (++this.#refusalsInARow >= MAX_REFUSALS_IN_A_ROW) {
      this.#socket.close(CLOSE_CODES.flood, 'too many refused frames');
    }
  }

  #fail(error: unknown, frame: ClientFrame) {
    const clientId = 'clientId' in frame ? frame.clientId : undefined;
    if (error instanceof LiveError) {
      const { field, retryAfter } = error;
      return this.#refuse(error.code, error.message, { field, clientId, retryAfter });
    }
    this.#context.log.error({ err: error, type: frame.type }, 'live frame failed');
    this.#send({
      type: 'error',
      code: 'server-error',
      message: 'Something went wrong; try again.',
      clientId,
    });
  }

  async #handle(frame: ClientFrame) {
    if (frame.type === 'ping') return this.#send({ type: 'pong' });
    if (frame.type === 'hello') return this.#hello(frame.token, frame.lastSeq);
    const connection = this.#connection;
    if (!connection) throw new LiveError('not-joined', 'Say hello first.');
    requireHostFor(frame, connection.host);
    requireNotArchived(frame, isArchived(this.#context, new Date()));
    const wait = this.#bucket.take();
    if (wait > 0) throw new LiveError('rate-limited', 'Too many messages; slow down.', { retryAfter: wait });
    const acknowledged = await carryOut(this.#context, connection.participant, frame);
    if (acknowledged !== null && 'clientId' in frame) {
      this.#send({ type: 'ack', clientId: frame.clientId, seq: acknowledged });
    }
    if (isHostFrame(frame)) await this.#context.recordHostAction?.(frame);
    this.#refusalsInARow = 0;
  }

  async #hello(token: string, lastSeq: number | undefined) {
    if (this.#connection) throw new LiveError('invalid-frame', 'Hello was already said.');
    const { db, hub, room } = this.#context;
    const participant = await findParticipant(db, { ...room, token });
    if (!participant || participant.removed) return this.#turnAway(participant === null);
    clearTimeout(this.#helloTimer);
    this.#connection = {
      participant,
      host: this.#context.host && participant.host,
      sentSeq: 0,
      pending: [],
      send: this.#sendRaw,
      close: (code, reason) => this.#socket.close(code, reason),
    };
    hub.attach(room, this.#connection);
    await welcome(this.#context, this.#connection, lastSeq, this.#send);
  }

  /** A hello whose secret opens nothing, or whose participant a host removed. */
  #turnAway(unknown: boolean) {
    if (unknown) {
      this.#send({ type: 'error', code: 'unknown-participant', message: 'Enter the room again.' });
      return this.#socket.close(CLOSE_CODES.notJoined, 'unknown participant');
    }
    this.#send({ type: 'error', code: 'removed', message: 'A host removed you from this room.' });
    this.#socket.close(CLOSE_CODES.removed, 'removed');
  }
}

/** Resumes after `lastSeq` when the stream still has it; otherwise sends the room as it is. */
async function welcome(
  { db, hub, room }: ConnectionContext,
  joined: LiveConnection,
  lastSeq: number | undefined,
  send: (frame: ServerFrame) => void,
) {
  const { participant } = joined;
  const you = {
    participantId: participant.id,
    displayName: participant.displayName,
    organisation: participant.organisation,
    host: joined.host,
  };
  const presence = () => hub.presence(room.eventId);
  const missed = lastSeq === undefined ? null : await framesAfter(db, room, lastSeq);
  if (missed && lastSeq !== undefined) {
    const settings = roomSettings(await findRoom(db, room));
    const upTo = missed.at(-1)?.seq ?? lastSeq;
    send({ type: 'welcome', you, room: settings, lastSeq: upTo, presence: presence() });
    for (const frame of missed) send(frame);
    return hub.go(room, joined, upTo);
  }
  const { lastSeq: at, room: settings, ...state } = await snapshot(db, participant);
  send({ type: 'welcome', you, room: settings, lastSeq: at, snapshot: state, presence: presence() });
  hub.go(room, joined, at);
}

import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Db } from '#server/db/client.ts';
import {
  CLOSE_CODES,
  type ClientFrame,
  HOST_FRAMES,
  type LiveErrorCode,
  type ServerFrame,
} from '#shared/live.ts';
import { type HostAuditor, isHostFrame } from './live.audit.ts';
import { LiveError } from './live.errors.ts';
import { parseClientFrame } from './live.frames.ts';
import { encode, type LiveConnection, type LiveHub } from './live.hub.ts';
import * as messages from './live.messages.ts';
import * as polls from './live.polls.ts';
import * as rooms from './live.rooms.ts';
import { snapshot } from './live.snapshot.ts';
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
};

/** Serves one WebSocket: the hello, then each frame in turn, answering refusals with error frames. */
export function serveConnection(socket: WebSocket, context: ConnectionContext): void {
  const { db, hub, log, room } = context;
  const bucket = new TokenBucket({ capacity: 10, perSecond: 2 });
  let connection: LiveConnection | null = null;
  let refusalsInARow = 0;
  let queue = Promise.resolve();

  const send = (frame: ServerFrame) => sendRaw(encode(frame));
  function sendRaw(data: Buffer) {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      // Nothing more is queued. The close waits behind the backlog, so a client that reads again
      // finds 4009 and resumes; ws ends the socket after LIVE_SOCKET_OPTIONS.closeTimeout if not.
      // A stalled reader cannot answer pings either: they must not cut that time short.
      clearInterval(pinger);
      socket.close(CLOSE_CODES.tooSlow, 'too slow');
      return;
    }
    socket.send(data, { binary: false });
  }

  function refuse(
    code: LiveErrorCode,
    message: string,
    extra: Partial<Extract<ServerFrame, { type: 'error' }>> = {},
  ) {
    send({ type: 'error', code, message, ...extra });
    if (++refusalsInARow >= MAX_REFUSALS_IN_A_ROW) socket.close(CLOSE_CODES.flood, 'too many refused frames');
  }

  const helloTimer = setTimeout(() => socket.close(CLOSE_CODES.notJoined, 'no hello'), HELLO_TIMEOUT_MS);
  let alive = true;
  socket.on('pong', () => (alive = true));
  const pinger = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, PING_INTERVAL_MS);

  socket.on('message', (raw, isBinary) => {
    const frame = parseClientFrame(raw.toString(), isBinary);
    if ('error' in frame) return refuse('invalid-frame', frame.error, { field: frame.field });
    // Frames are handled one at a time, in the order they came.
    queue = queue.then(() => handle(frame.value)).catch((error) => fail(error, frame.value));
  });

  socket.on('close', () => {
    clearTimeout(helloTimer);
    clearInterval(pinger);
    if (connection) {
      hub.detach(room, connection);
      rooms.touchParticipant(db, connection.participant).catch(() => {});
    }
  });

  function fail(error: unknown, frame: ClientFrame) {
    const clientId = 'clientId' in frame ? frame.clientId : undefined;
    if (error instanceof LiveError) {
      return refuse(error.code, error.message, {
        field: error.field,
        clientId,
        retryAfter: error.retryAfter,
      });
    }
    log.error({ err: error, type: frame.type }, 'live frame failed');
    send({ type: 'error', code: 'server-error', message: 'Something went wrong; try again.', clientId });
  }

  async function handle(frame: ClientFrame) {
    if (frame.type === 'ping') return send({ type: 'pong' });
    if (frame.type === 'hello') return hello(frame.token, frame.lastSeq);
    if (!connection) throw new LiveError('not-joined', 'Say hello first.');
    if ((HOST_FRAMES as readonly string[]).includes(frame.type) && !connection.host) {
      throw new LiveError('forbidden', 'Only the hosts may do this.');
    }
    const wait = bucket.take();
    if (wait > 0) throw new LiveError('rate-limited', 'Too many messages; slow down.', { retryAfter: wait });
    const acknowledged = await carryOut(context, connection.participant, frame);
    if (acknowledged !== null && 'clientId' in frame) {
      send({ type: 'ack', clientId: frame.clientId, seq: acknowledged });
    }
    if (isHostFrame(frame)) await context.recordHostAction?.(frame);
    refusalsInARow = 0;
  }

  async function hello(token: string, lastSeq: number | undefined) {
    if (connection) throw new LiveError('invalid-frame', 'Hello was already said.');
    const participant = await rooms.findParticipant(db, { ...room, token });
    if (!participant) {
      send({ type: 'error', code: 'unknown-participant', message: 'Enter the room again.' });
      return socket.close(CLOSE_CODES.notJoined, 'unknown participant');
    }
    if (participant.removed) {
      send({ type: 'error', code: 'removed', message: 'A host removed you from this room.' });
      return socket.close(CLOSE_CODES.removed, 'removed');
    }
    clearTimeout(helloTimer);
    connection = {
      participant,
      host: context.host && participant.host,
      sentSeq: 0,
      pending: [],
      send: sendRaw,
      close: (code, reason) => socket.close(code, reason),
    };
    hub.attach(room, connection);
    await welcome(context, connection, lastSeq, send);
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
    const settings = rooms.roomSettings(await rooms.findRoom(db, room));
    const upTo = missed.at(-1)?.seq ?? lastSeq;
    send({ type: 'welcome', you, room: settings, lastSeq: upTo, presence: presence() });
    for (const frame of missed) send(frame);
    return hub.go(room, joined, upTo);
  }
  const { lastSeq: at, room: settings, ...state } = await snapshot(db, participant);
  send({ type: 'welcome', you, room: settings, lastSeq: at, snapshot: state, presence: presence() });
  hub.go(room, joined, at);
}

/** Carries out one frame of a welcomed participant; the sequence number to acknowledge, if any. */
async function carryOut(
  { db, hub, room }: ConnectionContext,
  participant: rooms.Participant,
  frame: Exclude<ClientFrame, { type: 'hello' | 'ping' }>,
): Promise<number | null> {
  switch (frame.type) {
    case 'chat':
    case 'ask': {
      const kind = frame.type === 'chat' ? 'chat' : 'question';
      const { clientId, body } = frame;
      return (await messages.postMessage(db, participant, { kind, clientId, body })).seq;
    }
    case 'upvote':
      await messages.upvote(db, participant, frame.messageId);
      return null;
    case 'react':
      await hub.react(room, frame.emoji);
      return null;
    case 'report':
      await messages.report(db, participant, frame.messageId);
      return null;
    case 'vote':
      await polls.vote(db, participant, frame.pollId, frame.choices);
      return null;
    case 'hide':
      await messages.hide(db, room, frame.messageId);
      return null;
    case 'answer':
      await messages.markAnswered(db, room, frame.messageId);
      return null;
    case 'remove':
      await rooms.removeParticipant(db, room, frame.participantId);
      return null;
    case 'slow-mode':
      await rooms.updateRoom(db, room, { slowModeSeconds: frame.seconds });
      return null;
    case 'room-status':
      await rooms.updateRoom(db, room, { status: frame.status });
      return null;
    case 'open-poll':
      return (await polls.openPoll(db, room, frame)).seq;
    case 'close-poll':
      await polls.closePoll(db, room, frame.pollId);
      return null;
  }
}

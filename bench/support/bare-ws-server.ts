/**
 * Baseline for the `live` benchmark: a bare `ws` broadcast server speaking just enough of the live
 * room protocol (src/shared/live.ts). `hello` gets a `welcome`; a `chat` gets the sender an `ack`
 * and every client in the room (the same URL path; sender included) a `message` frame of the
 * app's shape and size: the same fan-out work minus validation, database and LISTEN/NOTIFY. Like
 * the app it serialises each frame once and sends that string to every client. Run as a child
 * process: PORT and HOST in the environment; `GET /healthz` answers 200.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

type Author = { participantId: string; displayName: string; organisation: string | null; host: boolean };
type Room = { clients: Set<WebSocket>; seq: number };

const rooms = new Map<string, Room>();
let joined = 0;

const server = createServer((request, response) => {
  if (request.url === '/healthz') {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{"status":"ok"}');
  } else response.writeHead(404).end();
});
// ws' defaults, as @fastify/websocket uses them (no permessage-deflate on the server).
const wss = new WebSocketServer({ server, maxPayload: 8 * 1024 });

wss.on('connection', (socket, request) => {
  const path = request.url ?? '/';
  let author: Author | null = null;
  let room: Room | null = null;
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    let frame: { type?: unknown; clientId?: unknown; body?: unknown };
    try {
      frame = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (frame.type === 'hello' && !room) {
      room = rooms.get(path) ?? { clients: new Set<WebSocket>(), seq: 0 };
      rooms.set(path, room);
      room.clients.add(socket);
      joined++;
      author = {
        participantId: randomUUID(),
        displayName: `Bench ${joined}`,
        organisation: null,
        host: false,
      };
      socket.send(
        JSON.stringify({
          type: 'welcome',
          you: author,
          room: { status: 'open', slowModeSeconds: 0 },
          lastSeq: room.seq,
          snapshot: { messages: [], polls: [], votedMessages: [], votedPolls: [] },
          presence: room.clients.size,
        }),
      );
    } else if (frame.type === 'chat' && room && author && typeof frame.body === 'string') {
      const seq = ++room.seq;
      socket.send(JSON.stringify({ type: 'ack', clientId: frame.clientId, seq }));
      const data = JSON.stringify({
        type: 'message',
        seq,
        message: {
          id: randomUUID(),
          seq,
          kind: 'chat',
          author,
          body: frame.body,
          createdAt: new Date().toISOString(),
          votes: 0,
          answered: false,
          hidden: false,
        },
      });
      for (const client of room.clients) client.send(data);
    }
  });
  socket.on('close', () => {
    if (!room) return;
    room.clients.delete(socket);
    if (room.clients.size === 0) rooms.delete(path);
  });
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  for (const client of wss.clients) client.terminate();
  server.close(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import WebSocket from 'ws';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import type { ClientFrameInput, ServerFrame } from '#shared/live.ts';
import type { TestApp } from './app.ts';
import { buildEvent } from './factories.ts';
import { Changes } from './wait.ts';

/** A published meeting tomorrow, whose live room is open. */
export async function buildMeeting(
  t: TestApp,
  network: NetworkRow,
  overrides: { status?: 'draft' | 'published'; date?: string } = {},
) {
  return (await buildEvent(t, { network, ...overrides })).event;
}

/** Enters the room over HTTP as a browser would; returns the participant's token. */
export async function enterRoom(
  t: TestApp,
  path: string,
  displayName: string,
  cookie?: string,
): Promise<{ participantId: string; token: string }> {
  const response = await t.request({
    method: 'POST',
    url: `${path}/participants`,
    payload: { displayName },
    cookie,
  });
  if (response.statusCode !== 201) throw new Error(`join refused: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A real WebSocket client that keeps every frame it receives, for tests to wait on. */
export class LiveClient {
  readonly frames: ServerFrame[] = [];
  readonly socket: WebSocket;
  closed: { code: number; reason: string } | null = null;
  #changes = new Changes();

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as ServerFrame);
      this.#changes.notify();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.#changes.notify();
    });
  }

  static async open(baseUrl: string, path: string, cookie?: string): Promise<LiveClient> {
    const url = `${baseUrl.replace(/^http/, 'ws')}${path}/socket`;
    const socket = new WebSocket(url, { headers: cookie ? { cookie } : {} });
    const client = new LiveClient(socket);
    await once(socket, 'open');
    return client;
  }

  /** Opens a socket and says hello; resolves with the welcome. */
  static async join(
    baseUrl: string,
    path: string,
    token: string,
    options: { lastSeq?: number; cookie?: string } = {},
  ) {
    const client = await LiveClient.open(baseUrl, path, options.cookie);
    client.send({
      type: 'hello',
      token,
      ...(options.lastSeq === undefined ? {} : { lastSeq: options.lastSeq }),
    });
    const welcome = await client.next('welcome');
    return { client, welcome };
  }

  send(frame: ClientFrameInput | Record<string, unknown>) {
    this.socket.send(JSON.stringify(frame));
  }

  chat(body: string, clientId: string = randomUUID()) {
    this.send({ type: 'chat', clientId, body });
    return clientId;
  }

  /** The first frame of this type (and matching `where`) not yet taken; waits for it. */
  async next<T extends ServerFrame['type']>(
    type: T,
    where: (frame: Extract<ServerFrame, { type: T }>) => boolean = () => true,
  ): Promise<Extract<ServerFrame, { type: T }>> {
    return this.#changes.until(
      () => {
        const index = this.frames.findIndex(
          (f) => f.type === type && where(f as Extract<ServerFrame, { type: T }>),
        );
        if (index >= 0) return this.frames.splice(index, 1)[0] as Extract<ServerFrame, { type: T }>;
        if (this.closed) throw new Error(`closed (${this.closed.code}) before a ${type} frame`);
        return undefined;
      },
      () => `no ${type} frame; got ${JSON.stringify(this.frames)}`,
    );
  }

  async waitClosed(): Promise<{ code: number; reason: string }> {
    if (!this.closed) await once(this.socket, 'close');
    return this.closed ?? { code: 0, reason: '' };
  }

  close() {
    this.socket.close();
  }
}

import {
  type ClientFrameInput,
  ClientFrameSchema,
  LIVE_LIMITS,
  type ServerFrame,
  ServerFrameSchema,
} from '#shared/live.ts';

/** Waits between reconnection attempts (ms), the last repeated; each is varied by ±20 %. */
const BACKOFF = [300, 1000, 2000, 4000, 8000, 15_000];
const PING_EVERY_MS = 25_000;
/** Without any frame this long after a ping, the connection is taken for dead and reopened. */
const PONG_TIMEOUT_MS = 10_000;
/** WebSocket.OPEN */
const OPEN = 1;

export interface LiveConnectionOptions {
  url: string;
  WebSocketImpl?: typeof WebSocket;
  /** A socket opened: the hello is to be sent. */
  onOpen: () => void;
  onFrame: (frame: ServerFrame) => void;
  /** A socket closed with `code`; the answer says whether to connect again. */
  onClose: (code: number) => boolean;
  /** Several connections in a row were refused before opening. */
  onUnreachable?: () => void;
}

/**
 * The room's WebSocket, one at a time: it carries frames once the room has welcomed it (the hello
 * before), is pinged to find out when it has silently died, and after a drop is opened again, after
 * a growing wait or as soon as the browser is back online.
 */
export class LiveConnection {
  private socket: WebSocket | null = null;
  private welcomed = false;
  private attempt = 0;
  /** Connections in a row that closed without ever opening. */
  private refused = 0;
  private disposed = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly options: LiveConnectionOptions;

  constructor(options: LiveConnectionOptions) {
    this.options = options;
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

  /** The room welcomed this socket: it carries every frame now, and the next drop waits the least. */
  welcome(): void {
    this.welcomed = true;
    this.attempt = 0;
    this.startPinging();
  }

  /** Sends a frame if the socket can carry it now and it is within the frame limit. */
  send(frame: ClientFrameInput): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN || (!this.welcomed && frame.type !== 'hello')) {
      return false;
    }
    const data = JSON.stringify(ClientFrameSchema.parse(frame));
    if (new TextEncoder().encode(data).length > LIVE_LIMITS.frameBytes) return false;
    socket.send(data);
    return true;
  }

  private readonly onOnline = () => {
    if (!this.reconnectTimer) return;
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
      this.options.onOpen();
    };
    socket.onmessage = (event) => {
      this.alive();
      const frame = parseFrame(event.data);
      if (frame) this.options.onFrame(frame);
    };
    socket.onclose = (event) => {
      if (this.socket === socket) this.closed(event.code, opened);
    };
  }

  private closed(code: number, opened: boolean): void {
    this.socket = null;
    this.welcomed = false;
    this.clearTimers();
    if (this.disposed || !this.options.onClose(code)) return;
    if (!opened && ++this.refused % 3 === 0) this.options.onUnreachable?.();
    this.reconnectLater();
  }

  private reconnectLater(): void {
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

  private startPinging(): void {
    this.pingTimer = setInterval(() => {
      this.send({ type: 'ping' });
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
}

/** The server's frame in a message, or null for anything else (warned about when it is JSON). */
function parseFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = ServerFrameSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  console.warn('Unexpected live frame', parsed.error.issues);
  return null;
}

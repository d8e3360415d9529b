/**
 * `live`: fan-out of chat messages in one live room (issue 4). For each room size N, N WebSocket
 * participants enter one room; a few of them post 10 messages/s in total; every participant
 * records how long each message took from its send to its own receipt. The same run measures a
 * bare `ws` broadcast server (support/bare-ws-server.ts) doing the same fan-out.
 */

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { call, signInAsAdmin, startApp } from '../support/app-api.ts';
import { type ChildServer, freePort, startChildServer } from '../support/child-server.ts';
import { machine, num, ratio, tableRow } from '../support/report.ts';
import { makeTempDir } from '../support/resources.ts';
import { withRssSampling } from '../support/rss.ts';
import type { Benchmark, BenchResult, ServerStats, TargetResult } from '../support/types.ts';

const SLUG = 'bench-live';
const EMAIL = 'bench@example.org';

/** Room sizes; BENCH_LIVE_PARTICIPANTS=250,1000 and BENCH_LIVE_SECONDS=5 make a quick trial. */
const participants = (process.env.BENCH_LIVE_PARTICIPANTS ?? '250,1000,2000').split(',').map(Number);
if (!participants.every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error(`BENCH_LIVE_PARTICIPANTS must be positive whole numbers, e.g. 250,1000`);
}
const settings = {
  participants: participants.join(','),
  senders: 10,
  messagesPerSecond: 10,
  durationSeconds: positive(process.env.BENCH_LIVE_SECONDS ?? '30', 'BENCH_LIVE_SECONDS'),
  /** Messages sent (at the same rate) and delivered before measuring: JIT, caches, presence settled. */
  warmupSeconds: 2,
  /** After the send window, how long stragglers may take before the missing ones count as lost. */
  drainSeconds: 5,
  /** Characters in each chat message (the send timestamp, padded with text). */
  bodyChars: 100,
  /** Concurrent HTTP joins and WebSocket handshakes while the room fills up. */
  joinConcurrency: 20,
  connectConcurrency: 50,
};
function positive(text: string, name: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number of seconds, not "${text}"`);
  return value;
}

const goal = { participants: 2000, maxP99Ms: 250, maxLost: 0 };
/** The app's rate limit on joins per IP, lifted: every participant comes from 127.0.0.1. */
const APP_ENV = { LIVE_JOINS_PER_MINUTE: '1000000' };
const CONNECT_TIMEOUT_MS = 30_000;
/** Other processes using more of a core than this during a send window get a warning line. */
const DISTURBED_CPU_PERCENT = 10;

/** What one server achieved with one room size; the ServerStats fields as the other benchmarks. */
export type LiveStats = ServerStats & {
  participants: number;
  /** Chat frames sent in the measured window, acknowledged by the server, and sent × participants. */
  sent: number;
  acked: number;
  expected: number;
  /** Distinct (participant, message) receipts, receipts of one already received, and expected − received. */
  received: number;
  duplicates: number;
  lost: number;
  /** Error frames by code, and closes the benchmark did not ask for by close code. */
  errorFrames: Record<string, number>;
  unexpectedCloses: Record<string, number>;
  /** Server CPU over the send window, % of one core (all its threads); null without /proc. */
  serverCpuPercent: number | null;
  /** The benchmark process's own CPU (all clients) over the send window, % of one core. */
  benchCpuPercent: number;
  /**
   * CPU used by everything else on the machine over the send window, % of one core (from
   * /proc/stat); more than a few % means another job disturbed the run. Null without /proc.
   */
  otherCpuPercent: number | null;
  /** Seconds to enter N participants over HTTP (app only) and to open N sockets up to their welcome. */
  joinSeconds: number | null;
  connectSeconds: number;
  /** The WebSocket extension the server agreed to ('' for none, e.g. 'permessage-deflate'). */
  extensions: string;
};

export type LiveTarget = TargetResult & { participants: number; baseline: LiveStats; app: LiveStats };

export type LiveResult = Omit<BenchResult, 'targets'> & {
  targets: LiveTarget[];
  liveGoal: typeof goal & { met: boolean | null };
};

export const live = {
  name: 'live',
  description: `live room fan-out: ${participants.join(', ')} participants, ${settings.senders} senders, ${settings.messagesPerSecond} messages/s for ${settings.durationSeconds} s; target ${goal.participants} participants, p99 < ${goal.maxP99Ms} ms, 0 lost`,
  run,
  format,
} satisfies Benchmark & { format(title: string, result: LiveResult): string };

async function run(): Promise<LiveResult> {
  const startedAt = new Date().toISOString();
  const tmp = makeTempDir('verkosto-bench-live');
  const servers: ChildServer[] = [];
  try {
    const dataDir = join(tmp.path, 'data');
    const app = await startApp(dataDir, APP_ENV);
    servers.push(app);
    const cookie = await signInAsAdmin(app, dataDir, EMAIL);
    await call(app, 'POST', '/api/networks', cookie, { slug: SLUG, name: { fi: 'Live bench' } }, 201);
    const baseline = await startChildServer({
      name: 'baseline',
      script: 'bench/support/bare-ws-server.ts',
      port: await freePort(),
      startTimeoutMs: 10_000,
    });
    servers.push(baseline);
    const targets: LiveTarget[] = [];
    for (const n of participants) {
      console.error(`live: ${n} participants, baseline…`);
      const bare = await measureRoom(baseline, n, `/api/networks/${SLUG}/live/bare-${n}/socket`, null);
      console.error(`live: ${n} participants, verkosto…`);
      const event = await createEvent(app, cookie, n);
      const base = `/api/networks/${SLUG}/live/${event}`;
      const appStats = await measureRoom(app, n, `${base}/socket`, () => joinAll(app, base, n));
      targets.push({
        name: `${n} participants`,
        path: `${base}/socket`,
        participants: n,
        baseline: bare,
        app: appStats,
        ratio: {
          reqPerSec: ratio(appStats.reqPerSec, bare.reqPerSec),
          p99: ratio(appStats.p99Ms, bare.p99Ms),
        },
      });
    }
    const measured = targets.find((t) => t.participants === goal.participants);
    return {
      benchmark: 'live',
      startedAt,
      machine: machine(),
      settings: { ...settings },
      targets,
      liveGoal: { ...goal, met: measured ? meetsLiveGoal(measured.app) : null },
    };
  } finally {
    for (const server of servers.reverse()) await server.close();
    await tmp.close();
  }
}

/** One published event per room size, so each size starts in an empty room; its slug. */
async function createEvent(app: ChildServer, cookie: string, n: number): Promise<string> {
  const created = (await call(
    app,
    'POST',
    `/api/networks/${SLUG}/events`,
    cookie,
    {
      title: `Live bench, ${n} participants`,
      date: new Date().toISOString().slice(0, 10),
      startTime: '09:00',
      durationMinutes: 60,
      status: 'published',
    },
    201,
  )) as { slug: string };
  return created.slug;
}

/** Enters N participants over HTTP, `joinConcurrency` at a time; their tokens, in order. */
async function joinAll(app: ChildServer, base: string, n: number): Promise<string[]> {
  return pool(n, settings.joinConcurrency, async (i) => {
    const joined = (await call(
      app,
      'POST',
      `${base}/participants`,
      '',
      { displayName: `Participant ${i + 1}` },
      201,
    )) as { token: string };
    return joined.token;
  });
}

/** Runs `task(0…count−1)` with at most `concurrency` at once; the results in order. */
async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------
// One room: fill it, warm up, send for the measured window, wait for stragglers, count

async function measureRoom(
  server: ChildServer,
  n: number,
  socketPath: string,
  join: (() => Promise<string[]>) | null,
): Promise<LiveStats> {
  const [stats, peakRssMb] = await withRssSampling(server.pid, async () => {
    const joinStarted = performance.now();
    const tokens = join ? await join() : Array.from({ length: n }, (_, i) => `bare-${i + 1}`);
    const joinSeconds = join ? seconds(performance.now() - joinStarted) : null;
    const room = new Room(n, Math.ceil(settings.messagesPerSecond * settings.durationSeconds));
    try {
      const connectStarted = performance.now();
      const url = `ws://${server.baseUrl.slice('http://'.length)}${socketPath}`;
      await pool(n, settings.connectConcurrency, (i) =>
        room.connect(i, url, server.baseUrl, tokens[i] ?? ''),
      );
      const connectSeconds = seconds(performance.now() - connectStarted);
      const senders = Array.from({ length: Math.min(settings.senders, n) }, (_, i) =>
        Math.floor((i * n) / Math.min(settings.senders, n)),
      );
      // Warm-up: delivered and waited for, but not counted (its bodies lack the measured marker).
      const warmup = Math.round(settings.messagesPerSecond * settings.warmupSeconds);
      await sendAtRate(room, senders, warmup, 'warmup');
      await room.until(() => room.warmupReceived >= warmup * n, settings.drainSeconds * 1000);
      const before = cpuSnapshot(server.pid);
      const windowStarted = performance.now();
      await sendAtRate(room, senders, room.capacity, 'measured');
      const windowMs = performance.now() - windowStarted;
      const cpu = cpuPercents(before, cpuSnapshot(server.pid), windowMs);
      await room.until(() => room.received >= room.sent * n, settings.drainSeconds * 1000);
      return {
        ...room.stats(windowMs),
        ...cpu,
        joinSeconds,
        connectSeconds,
      };
    } finally {
      await room.close();
    }
  });
  return { ...stats, peakRssMb };
}

/**
 * Sends `count` chat messages, `messagesPerSecond` in total, in turn from each sender (10 senders
 * at 10/s: one message a second each, well within the server's per-connection limits). The send
 * time goes into the body; a late timer sends the overdue messages at once rather than fewer.
 */
async function sendAtRate(room: Room, senders: number[], count: number, kind: 'warmup' | 'measured') {
  const interval = 1000 / settings.messagesPerSecond;
  const start = performance.now();
  for (let k = 0; k < count; ) {
    const now = performance.now();
    for (; k < count && start + k * interval <= now; k++) {
      room.send(senders[k % senders.length] ?? 0, k, kind);
    }
    const wait = start + k * interval - performance.now();
    if (wait > 0) await sleep(wait);
  }
  // The window is `count` intervals long, the last one included.
  const end = start + count * interval - performance.now();
  if (end > 0) await sleep(end);
}

/** The marker a measured message's body starts with, as it appears in the server's JSON. */
const MARK = Buffer.from('"body":"lb:');
const COLON = ':'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);
const FILLER = ' Kiitos esityksestä, tämä oli hyödyllistä. Miten tätä sovelletaan kunnissa? '.repeat(4);

/**
 * N clients in one room. Receipts are kept per (client, message) in flat typed arrays; a measured
 * message is recognised by a cheap byte search for its body marker (no JSON.parse on the hot
 * path), every other frame is parsed.
 */
class Room {
  readonly sockets: WebSocket[] = [];
  readonly size: number;
  /** Measured messages at most (the window's length × rate). */
  readonly capacity: number;
  /** counts[client × capacity + message]: receipts of that message by that client. */
  private readonly counts: Uint8Array;
  private readonly latencies: Float64Array;
  private latencyCount = 0;
  sent = 0;
  acked = 0;
  /** clientIds of the measured messages, so that warm-up acks are not counted. */
  private readonly measuredIds = new Set<string>();
  received = 0;
  duplicates = 0;
  warmupReceived = 0;
  readonly errorFrames: Record<string, number> = {};
  readonly unexpectedCloses: Record<string, number> = {};
  private closing = false;

  constructor(size: number, capacity: number) {
    this.size = size;
    this.capacity = capacity;
    this.counts = new Uint8Array(size * capacity);
    this.latencies = new Float64Array(size * capacity);
  }

  /** Opens client `i`, says hello and resolves on its welcome (bounded). */
  connect(i: number, url: string, origin: string, token: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { origin });
      this.sockets[i] = socket;
      const timer = setTimeout(
        () => reject(new Error(`participant ${i + 1}: no welcome within ${CONNECT_TIMEOUT_MS / 1000} s`)),
        CONNECT_TIMEOUT_MS,
      );
      let welcomed = false;
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
      socket.on('message', (raw) => {
        const at = performance.now();
        const data = raw as Buffer; // text frames, binaryType 'nodebuffer'
        const mark = data.indexOf(MARK);
        if (mark >= 0) return this.receipt(i, data, mark + MARK.length, at);
        const frame = JSON.parse(data.toString()) as { type: string; code?: string; clientId?: string };
        if (frame.type === 'welcome' && !welcomed) {
          welcomed = true;
          clearTimeout(timer);
          resolve();
        } else if (frame.type === 'ack' && this.measuredIds.has(frame.clientId ?? '')) this.acked++;
        else if (frame.type === 'message') this.warmupReceived++;
        else if (frame.type === 'error') count(this.errorFrames, frame.code ?? 'unknown');
      });
      socket.on('error', (error) => {
        if (!welcomed) {
          clearTimeout(timer);
          reject(new Error(`participant ${i + 1}: ${error.message}`));
        }
      });
      socket.on('close', (code) => {
        if (this.closing) return;
        count(this.unexpectedCloses, String(code));
        if (!welcomed) {
          clearTimeout(timer);
          reject(new Error(`participant ${i + 1}: closed (${code}) before its welcome`));
        }
      });
    });
  }

  /** A measured message: `lb:<k>:<send time> …` starting at `from` in the frame. */
  private receipt(client: number, data: Buffer, from: number, at: number) {
    let k = 0;
    let p = from;
    for (; data[p] !== COLON; p++) k = k * 10 + ((data[p] ?? 0) - 48);
    const sentAt = Number(data.toString('latin1', p + 1, data.indexOf(SPACE, p)));
    if (k >= this.capacity) return count(this.errorFrames, 'unknown-message');
    const slot = client * this.capacity + k;
    const seen = this.counts[slot] ?? 0;
    this.counts[slot] = Math.min(255, seen + 1);
    if (seen > 0) {
      this.duplicates++;
      return;
    }
    this.received++;
    this.latencies[this.latencyCount++] = at - sentAt;
  }

  send(client: number, k: number, kind: 'warmup' | 'measured') {
    const clientId = randomUUID();
    if (kind === 'measured') {
      this.measuredIds.add(clientId);
      this.sent++;
    }
    const marker = kind === 'measured' ? 'lb' : 'wu';
    const body = `${marker}:${k}:${performance.now().toFixed(3)}${FILLER}`
      .slice(0, settings.bodyChars)
      .trim();
    this.sockets[client]?.send(JSON.stringify({ type: 'chat', clientId, body }));
  }

  /** Waits until `done()` or `timeoutMs` (stragglers get that long). */
  async until(done: () => boolean, timeoutMs: number) {
    const deadline = performance.now() + timeoutMs;
    while (!done() && performance.now() < deadline) await sleep(20);
  }

  stats(
    windowMs: number,
  ): Omit<
    LiveStats,
    | 'serverCpuPercent'
    | 'benchCpuPercent'
    | 'otherCpuPercent'
    | 'joinSeconds'
    | 'connectSeconds'
    | 'peakRssMb'
  > {
    const sorted = this.latencies.subarray(0, this.latencyCount).sort();
    const expected = this.sent * this.size;
    const lost = expected - this.received;
    const problems = [this.errorFrames, this.unexpectedCloses].flatMap(Object.values);
    return {
      participants: this.size,
      reqPerSec: Math.round((this.received * 1000) / windowMs),
      p50Ms: round1(percentile(sorted, 0.5)),
      p99Ms: round1(percentile(sorted, 0.99)),
      errors: lost + this.duplicates + problems.reduce((sum, n) => sum + n, 0),
      statusCodes: {},
      sent: this.sent,
      acked: this.acked,
      expected,
      received: this.received,
      duplicates: this.duplicates,
      lost,
      errorFrames: this.errorFrames,
      unexpectedCloses: this.unexpectedCloses,
      extensions: this.sockets[0]?.extensions ?? '',
    };
  }

  /** Closes every client and waits (bounded) for the closes; stragglers are terminated. */
  async close() {
    this.closing = true;
    const open = this.sockets.filter((s) => s && s.readyState !== WebSocket.CLOSED);
    const closed = Promise.all(
      open.map((s) => new Promise<void>((resolve) => s.once('close', () => resolve()))),
    );
    for (const socket of open) socket.close(1000);
    await Promise.race([closed, sleep(5_000)]);
    for (const socket of open) if (socket.readyState !== WebSocket.CLOSED) socket.terminate();
  }
}

const count = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

/** Nearest-rank percentile of sorted values; 0 when there are none. */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

// ---------------------------------------------------------------------------------------------
// CPU: the server's and the machine's from /proc, the benchmark's own from Node

type CpuSnapshot = { server: number | null; bench: number; machineBusy: number | null };

/** CPU seconds used so far by the server (all its threads), this process and the whole machine. */
function cpuSnapshot(pid: number): CpuSnapshot {
  const bench = process.cpuUsage();
  return {
    server: serverCpuSeconds(pid),
    bench: (bench.user + bench.system) / 1e6,
    machineBusy: machineBusySeconds(),
  };
}

/** CPU over a window as % of one core; `other` is what the rest of the machine used meanwhile. */
function cpuPercents(before: CpuSnapshot, after: CpuSnapshot, windowMs: number) {
  const percent = (seconds: number) => round1((seconds * 100_000) / windowMs);
  const server = before.server === null || after.server === null ? null : after.server - before.server;
  const bench = after.bench - before.bench;
  const busy =
    before.machineBusy === null || after.machineBusy === null ? null : after.machineBusy - before.machineBusy;
  return {
    serverCpuPercent: server === null ? null : percent(server),
    benchCpuPercent: percent(bench),
    otherCpuPercent: busy === null || server === null ? null : percent(Math.max(0, busy - server - bench)),
  };
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime + stime of `pid` (all its threads), seconds; null without /proc. */
function serverCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may contain spaces) in parentheses: utime and stime
    // are fields 14 and 15 of the line, so 11 and 12 after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return null;
  }
}

/** Busy time of all CPUs together (everything but idle and I/O wait), seconds; null without /proc. */
function machineBusySeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal …
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    const busy = [user, nice, system, irq, softirq, steal].reduce<number>((sum, t) => sum + (t ?? 0), 0);
    return busy / clockTicks();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function meetsLiveGoal(s: LiveStats): boolean {
  return s.p99Ms < goal.maxP99Ms && s.lost <= goal.maxLost && s.sent > 0;
}

const columns = [
  ['participants', 13],
  ['server', 9],
  ['p50 ms', 8],
  ['p99 ms', 8],
  ['sent', 6],
  ['expected', 9],
  ['lost', 6],
  ['dup', 5],
  ['errors', 7],
  ['server CPU %', 13],
  ['bench CPU %', 12],
  ['peak RSS MB', 12],
  ['p99 ratio', 10],
] as const;

const row = (cells: string[]) => tableRow(columns, cells);

function serverRow(t: LiveTarget, server: 'baseline' | 'verkosto'): string {
  const s = server === 'baseline' ? t.baseline : t.app;
  const problems = [s.errorFrames, s.unexpectedCloses].flatMap(Object.values).reduce((a, b) => a + b, 0);
  return row([
    String(t.participants),
    server,
    num(s.p50Ms, 1),
    num(s.p99Ms, 1),
    num(s.sent),
    num(s.expected),
    num(s.lost),
    num(s.duplicates),
    num(problems),
    num(s.serverCpuPercent, 1),
    num(s.benchCpuPercent, 1),
    num(s.peakRssMb, 1),
    server === 'verkosto' ? num(t.ratio.p99, 2) : '',
  ]);
}

function format(title: string, result: LiveResult): string {
  const lines = [title, row(columns.map(([label]) => label))];
  for (const t of result.targets) lines.push(serverRow(t, 'baseline'), serverRow(t, 'verkosto'));
  for (const t of result.targets) {
    for (const [server, s] of [
      ['baseline', t.baseline],
      ['verkosto', t.app],
    ] as const) {
      const codes = Object.entries({ ...s.errorFrames, ...prefixed('close ', s.unexpectedCloses) });
      if (codes.length > 0) {
        lines.push(
          `warning: ${t.participants} participants on ${server}: ${codes.map(([c, n]) => `${c}×${n}`).join(', ')}`,
        );
      }
      if (s.acked < s.sent) {
        lines.push(
          `warning: ${t.participants} participants on ${server}: ${s.acked} of ${s.sent} messages acknowledged`,
        );
      }
      if ((s.otherCpuPercent ?? 0) > DISTURBED_CPU_PERCENT) {
        lines.push(
          `warning: ${t.participants} participants on ${server}: other processes used ${num(s.otherCpuPercent, 1)} % of a core during the send window; the latencies are disturbed, rerun on a quiet machine`,
        );
      }
    }
  }
  const { participants: n, maxP99Ms, met } = result.liveGoal;
  const measured = result.targets.find((t) => t.participants === n)?.app;
  const detail = measured
    ? `p99 ${num(measured.p99Ms, 1)} ms, ${measured.lost} lost, ${measured.duplicates} duplicated`
    : `${n} participants not measured in this run`;
  lines.push(
    `target ${n} participants, p99 < ${maxP99Ms} ms, 0 lost: ${met === null ? 'unknown' : met ? 'met' : 'not met'} (${detail})`,
  );
  return lines.join('\n');
}

const prefixed = (prefix: string, record: Record<string, number>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [`${prefix}${k}`, v]));

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BareResponse } from './bare-server.ts';
import { repoRoot } from './paths.ts';
import { isStopping, type Resource, track } from './resources.ts';

export const HOST = '127.0.0.1';

export type ChildServer = Resource & { name: string; pid: number; port: number; baseUrl: string };

export type ChildServerOptions = {
  /** Shown in messages, e.g. "verkosto" or "baseline". */
  name: string;
  /** A script run with this same Node binary, relative to the repository root. */
  script: string;
  args?: string[];
  /** Port the server must listen on (also passed as PORT). */
  port: number;
  env?: Record<string, string>;
  healthPath?: string;
  startTimeoutMs?: number;
};

/** Asks the OS for a port that is free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, HOST);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('could not get a free port');
  return address.port;
}

/**
 * Starts a server in its own process (so it has its own event loop and CPU, like in production)
 * and resolves once `healthPath` answers 200.
 */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const { name, port, healthPath = '/healthz', startTimeoutMs = 60_000 } = options;
  // Only PATH is inherited: a DATABASE_URL or SMTP_URL from the shell must not leak into the run.
  const env = { PATH: process.env.PATH ?? '', PORT: String(port), HOST, ...options.env };
  const child = spawn(process.execPath, [options.script, ...(options.args ?? [])], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureTail(child);
  const server = track(childServer(name, child, port));
  try {
    await waitForHealth(`${server.baseUrl}${healthPath}`, child, startTimeoutMs);
  } catch (error) {
    await server.close();
    const detail = output().trim() || '(no output)';
    throw new Error(`${name} did not start: ${(error as Error).message}\n--- its output ---\n${detail}`);
  }
  warnOnUnexpectedExit(server, child, output);
  return server;
}

/** A server dying mid-run shows up only as connection errors; say so, with its last output. */
function warnOnUnexpectedExit(server: ChildServer, child: ChildProcess, output: () => string): void {
  let closing = false;
  const close = server.close.bind(server);
  server.close = () => {
    closing = true;
    return close();
  };
  child.once('exit', async (code, signal) => {
    // Ctrl-C reaches the children too; give the run's own signal handler a moment to notice.
    await sleep(200);
    if (closing || isStopping()) return;
    const detail = output().trim() || '(no output)';
    console.error(
      `warning: ${server.name} (pid ${server.pid}) exited during the run (${code ?? signal})\n--- its output ---\n${detail}`,
    );
  });
}

function childServer(name: string, child: ChildProcess, port: number): ChildServer {
  if (child.pid === undefined) throw new Error(`${name}: spawn failed`);
  const exited = child.exitCode !== null || child.signalCode !== null;
  const exit = exited ? Promise.resolve() : once(child, 'exit').then(() => undefined);
  return {
    name,
    pid: child.pid,
    port,
    baseUrl: `http://${HOST}:${port}`,
    close: () => stopChild(child, exit),
    closeNow: () => void child.kill('SIGKILL'),
  };
}

/** SIGTERM lets the app close its database cleanly; SIGKILL if it hangs. */
async function stopChild(child: ChildProcess, exit: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exit.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exit;
  }
}

/** Polls until 200, the child exits, or the timeout passes. */
async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`it exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    }
    const status = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      async (response) => {
        await response.body?.cancel();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Keeps the last lines of the child's stdout and stderr for error messages. */
function captureTail(child: ChildProcess, maxChars = 4_000): () => string {
  let text = '';
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-maxChars);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}

/** The bare `node:http` server that replays recorded answers: the baseline an app target is compared with. */
export async function startBaseline(responsesFile: string, responses: BareResponse[]): Promise<ChildServer> {
  await writeFile(responsesFile, JSON.stringify(responses));
  return startChildServer({
    name: 'baseline',
    script: 'bench/support/bare-server.ts',
    port: await freePort(),
    env: { RESPONSES_FILE: responsesFile },
    startTimeoutMs: 10_000,
  });
}

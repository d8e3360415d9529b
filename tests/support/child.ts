import { type ChildProcess, spawn } from 'node:child_process';
import { onTestFailed, onTestFinished } from 'vitest';

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** What a command that failed left: its status and its output, as execFile's error has them. */
export class ChildFailed extends Error {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  constructor(name: string, exit: Exit, stdout: string, stderr: string) {
    super(`${name} exited with ${exit.signal ?? exit.code}:\n${stdout}${stderr}`);
    this.code = exit.code;
    this.signal = exit.signal;
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

const running = new Set<Child>();
/** Enough of a child's output to see why it failed, without flooding the report. */
const SHOWN_CHARS = 20_000;

/**
 * A process a test started. Tests wait for what it says (a line on stdout) or for its exit, never
 * for a guessed time; a test that fails prints what the process wrote, and a process still running
 * when its test (or, if started outside a test, its file: `afterAll(stopChildren)`) ends is killed
 * and awaited, so nothing keeps vitest from exiting.
 */
export class Child {
  readonly process: ChildProcess;
  readonly name: string;
  readonly exited: Promise<Exit>;
  stdout = '';
  stderr = '';
  /** stdout and stderr as they came. */
  output = '';
  #listeners = new Set<() => void>();

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv, name = args.join(' ')) {
    this.name = name;
    this.process = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    running.add(this);
    this.exited = new Promise<Exit>((resolve) => {
      // 'close': exited and its output fully read.
      this.process.once('close', (code, signal) => {
        running.delete(this);
        resolve({ code, signal });
        this.#changed();
      });
    });
    // A spawn that fails (no such program) closes too; its error is in the output.
    this.process.on('error', (error) => {
      this.output += `${error}\n`;
    });
    this.process.stdout?.on('data', (chunk: Buffer) => {
      this.stdout += chunk;
      this.output += chunk;
      this.#changed();
    });
    this.process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk;
      this.output += chunk;
    });
    try {
      onTestFailed(() => this.print());
      onTestFinished(() => this.kill());
    } catch {
      // Started outside a test (a hook): the file's afterAll(stopChildren) ends it.
    }
  }

  get running(): boolean {
    return running.has(this);
  }

  #changed() {
    for (const listener of this.#listeners) listener();
  }

  /** The first match of `pattern` in its stdout; fails if the process exits before writing one. */
  async untilOutput(pattern: RegExp): Promise<RegExpMatchArray> {
    for (;;) {
      const found = this.stdout.match(pattern);
      if (found) return found;
      if (!this.running) throw new Error(`${this.name} exited before writing ${pattern}:\n${this.output}`);
      await new Promise<void>((resolve) => {
        const listener = () => {
          this.#listeners.delete(listener);
          resolve();
        };
        this.#listeners.add(listener);
      });
    }
  }

  /** Sends `signal` (an operator's stop by default) and resolves with the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.running) this.process.kill(signal);
    return this.exited;
  }

  /** Ends it at once if it still runs. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  /** Closes its stdin (a child that waits for it then ends) and awaits the exit. */
  async endInput(): Promise<Exit> {
    this.process.stdin?.end();
    return this.exited;
  }

  print(): void {
    const shown = this.output.length > SHOWN_CHARS ? `…${this.output.slice(-SHOWN_CHARS)}` : this.output;
    console.error(`--- ${this.name} (process ${this.process.pid}) wrote:\n${shown}\n--- end of ${this.name}`);
  }
}

/** Runs a command to its end: its output when it succeeds, a ChildFailed (status, output) when not. */
export async function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  name?: string,
): Promise<{ stdout: string; stderr: string }> {
  const child = new Child(command, args, env, name);
  child.process.stdin?.end();
  const exit = await child.exited;
  if (exit.code !== 0) throw new ChildFailed(child.name, exit, child.stdout, child.stderr);
  return { stdout: child.stdout, stderr: child.stderr };
}

/** Kills and awaits every child still running: for afterAll in files that start them in hooks. */
export async function stopChildren(): Promise<void> {
  await Promise.all([...running].map((child) => child.kill()));
}

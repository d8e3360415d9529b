import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Something that must not outlive the run: a child process, a temp dir. */
export type Resource = {
  /** Orderly release, awaited on the normal path and on SIGINT. */
  close(): Promise<void>;
  /** Last-resort synchronous release from the process 'exit' event, where nothing can be awaited. */
  closeNow(): void;
};

const open = new Set<Resource>();

/** Registers `resource` so an error, a signal or a forgotten close still releases it. */
export function track<T extends Resource>(resource: T): T {
  const close = resource.close.bind(resource);
  resource.close = async () => {
    open.delete(resource);
    await close();
  };
  open.add(resource);
  return resource;
}

/** Releases everything still open, newest first (servers before the temp dirs they write to). */
export async function closeAll(): Promise<void> {
  for (const resource of [...open].reverse()) {
    await resource.close().catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

let installed = false;
let stopping = false;

/** True once a signal has asked the run to stop (children then exit by themselves too). */
export const isStopping = () => stopping;

/** Makes Ctrl-C and SIGTERM clean up before exiting, and 'exit' kill whatever is left. */
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      stopping = true;
      console.error(`\n${signal}: stopping servers and removing temp dirs…`);
      void closeAll().finally(() => process.exit(code));
    });
  }
  process.on('exit', () => {
    for (const resource of open) resource.closeNow();
  });
}

export type TempDir = Resource & { path: string };

export function makeTempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return track({
    path,
    close: () => rm(path, { recursive: true, force: true }),
    closeNow: () => rmSync(path, { recursive: true, force: true }),
  });
}

import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How a CLI command reaches the serving process that holds the folder (ADR 0009). */
export type ControlAddress = { port: number; token: string };

/** Who holds a data folder: written into `DATA_DIR/verkosto.lock` (mode 0600). */
export type LockHolder = {
  pid: number;
  host: string;
  command: string;
  since: string;
  /** Unique per acquisition, so a takeover can tell one holder's file from the next one's. */
  nonce: string;
  control?: ControlAddress;
};

export type DataDirLock = {
  readonly holder: LockHolder;
  /** Adds the control address to the lock file once the server listens. */
  advertise(control: ControlAddress): void;
  release(): void;
};

export const LOCK_FILE = 'verkosto.lock';

/** Another live process holds the folder; the message names it and says what to do. */
export class DataDirInUse extends Error {
  readonly holder: LockHolder;
  constructor(dataDir: string, holder: LockHolder, advice?: string) {
    const where =
      holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
    super(
      `The data folder ${dataDir} is in use by \`${holder.command}\` (${where}, since ${holder.since}). ` +
        (advice ??
          (holder.host === hostname()
            ? 'Stop it first, or wait until it has finished.'
            : `Stop it first. If it no longer runs, remove ${join(dataDir, LOCK_FILE)}.`)),
    );
    this.holder = holder;
  }
}

const heldHere = new Map<string, LockHolder>();

/**
 * Takes the data folder for this process: PGlite allows one process per folder, and a second one
 * writing beside it corrupts the database. A lock whose process is gone is taken over; of two
 * processes taking over at once, one wins (the stale file is first claimed by a hard link that only
 * one of them can create). Released on `release()` and at process exit.
 */
export async function lockDataDir(dataDir: string, command: string): Promise<DataDirLock> {
  const dir = realpathSync(dataDir);
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString(),
    nonce: randomBytes(16).toString('hex'),
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    const inProcess = heldHere.get(dir);
    if (inProcess) throw new DataDirInUse(dir, inProcess, 'This process has it open already.');
    if (create(path, holder)) return held(dir, path, holder);
    const current = readLockHolder(dir);
    if (!current) continue; // released meanwhile
    if (isAlive(current)) throw new DataDirInUse(dir, current);
    if (!claimStale(path, current)) await sleep(25); // another process is taking it over right now
  }
  throw new Error(`Could not take the lock ${path}; remove it if no Verkosto process uses ${dir}.`);
}

/** The holder written in the folder's lock file, if there is one. */
export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes the whole file under a temporary name and links it in: readers never see half a lock. */
function create(path: string, holder: LockHolder): boolean {
  const temporary = `${path}.${holder.nonce}`;
  writeFileSync(temporary, `${JSON.stringify(holder)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * Removes a dead holder's lock file, if it is still that holder's. The claim is a hard link named
 * after the dead holder's nonce: only one process can create it, and it pins the very file that
 * was read, so a lock written meanwhile by a new holder is never removed. False when another
 * process holds the claim.
 */
function claimStale(path: string, stale: LockHolder): boolean {
  const claim = `${path}.${stale.nonce}.stale`;
  try {
    linkSync(path, claim);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true; // already gone
    if (code === 'EEXIST') return false;
    throw error;
  }
  try {
    const claimed = JSON.parse(readFileSync(claim, 'utf8')) as LockHolder;
    if (claimed.nonce === stale.nonce) unlinkSync(path);
  } finally {
    unlinkSync(claim);
  }
  return true;
}

/** Alive when its process runs here; a holder on another host cannot be checked, so it counts as alive. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  // In a container every start may get the same pid: a lock with ours, not held here, is a dead one.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function held(dir: string, path: string, holder: LockHolder): DataDirLock {
  heldHere.set(dir, holder);
  const releaseAtExit = () => release();
  process.once('exit', releaseAtExit);
  let current = holder;
  const release = () => {
    if (heldHere.get(dir) !== holder) return;
    heldHere.delete(dir);
    process.removeListener('exit', releaseAtExit);
    if (readLockHolder(dir)?.nonce === holder.nonce) unlinkSync(path);
  };
  return {
    get holder() {
      return current;
    },
    advertise(control) {
      current = { ...holder, control };
      const temporary = `${path}.${holder.nonce}`;
      writeFileSync(temporary, `${JSON.stringify(current)}\n`, { mode: 0o600, flag: 'wx' });
      renameSync(temporary, path);
    },
    release,
  };
}

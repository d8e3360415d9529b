import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Child } from '#test/child.ts';
import { DataDirInUse, LOCK_FILE, type LockHolder, lockDataDir, readLockHolder } from './data-dir-lock.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verkosto-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const lockModule = join(import.meta.dirname, 'data-dir-lock.ts');

/** A process that tries to take the lock, says whether it won, and holds it until its stdin closes. */
function contender(): { child: Child; outcome: Promise<string> } {
  const script = `
    import { lockDataDir } from ${JSON.stringify(lockModule)};
    try { await lockDataDir(${JSON.stringify(dir)}, 'contender'); console.log('won'); }
    catch (error) { console.log(error.constructor.name === 'DataDirInUse' ? 'refused' : String(error)); }
    process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`;
  const child = new Child(
    process.execPath,
    ['--input-type=module', '-e', script],
    process.env,
    'a contender',
  );
  const outcome = child.untilOutput(/^(.*)\n/).then(([, line = '']) => line.trim());
  return { child, outcome };
}

const stop = (child: Child) => child.endInput();

/** A pid that no process has any more: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = new Child(process.execPath, ['-e', ''], process.env, 'a short-lived process');
  await child.exited;
  return child.process.pid as number;
}

const staleLock = async (pid: number): Promise<LockHolder> => {
  const holder = {
    pid,
    host: hostname(),
    command: 'verkosto serve',
    since: '2024-01-01T00:00:00.000Z',
    nonce: 'dead',
  };
  await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder), { mode: 0o600 });
  return holder;
};

describe('the data folder lock', () => {
  it('is a 0600 file naming its holder, removed on release', async () => {
    const lock = await lockDataDir(dir, 'verkosto demo');
    expect(readLockHolder(dir)).toMatchObject({ pid: process.pid, command: 'verkosto demo' });
    expect((await stat(join(dir, LOCK_FILE))).mode & 0o777).toBe(0o600);
    lock.advertise({ port: 1234, token: 'secret' });
    expect(readLockHolder(dir)?.control).toEqual({ port: 1234, token: 'secret' });
    expect((await stat(join(dir, LOCK_FILE))).mode & 0o777).toBe(0o600);
    lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second opener in the same process', async () => {
    const lock = await lockDataDir(dir, 'first');
    await expect(lockDataDir(dir, 'second')).rejects.toThrow(/in use by `first`.*open already/);
    lock.release();
    (await lockDataDir(dir, 'third')).release();
  });

  it('refuses while another live process holds it, naming that process and what to do', async () => {
    const holder = contender();
    expect(await holder.outcome).toBe('won');
    const refusal = await lockDataDir(dir, 'second').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataDirInUse);
    expect((refusal as Error).message).toContain(
      `\`contender\` (process ${holder.child.process.pid}, since `,
    );
    expect((refusal as Error).message).toContain('Stop it first');
    await stop(holder.child);
    // Its exit released the lock.
    expect(readLockHolder(dir)).toBeNull();
  });

  it('takes over the lock of a process that is gone', async () => {
    await staleLock(await deadPid());
    const lock = await lockDataDir(dir, 'successor');
    expect(readLockHolder(dir)).toMatchObject({ pid: process.pid, command: 'successor' });
    lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('lets exactly one of several processes take over a stale lock at once', async () => {
    await staleLock(await deadPid());
    const contenders = Array.from({ length: 6 }, contender);
    const outcomes = await Promise.all(contenders.map((c) => c.outcome));
    await Promise.all(contenders.map((c) => stop(c.child)));
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(5);
    expect(await readdir(dir)).toEqual([]);
  });

  it('counts a holder on another host as alive and says how to clear it', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, host: 'elsewhere', command: 'verkosto serve', since: 'x', nonce: 'n' }),
    );
    await expect(lockDataDir(dir, 'here')).rejects.toThrow(
      `process 1 on elsewhere, since x). Stop it first. If it no longer runs, remove ${join(dir, LOCK_FILE)}.`,
    );
  });
});

import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { OUTBOX_KEEP_MS } from './mail.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the outbox', () => {
  it('keeps a message until its links have expired, then deletes it', async () => {
    const outbox = join(t.dataDir, 'outbox');
    await mkdir(outbox, { recursive: true });
    const old = join(outbox, 'old.eml');
    const recent = join(outbox, 'recent.eml');
    for (const file of [old, recent]) await writeFile(file, 'To: someone@example.org\n');
    const expired = new Date(Date.now() - OUTBOX_KEEP_MS - 60_000);
    await utimes(old, expired, expired);
    const recentEnough = new Date(Date.now() - OUTBOX_KEEP_MS + 3_600_000);
    await utimes(recent, recentEnough, recentEnough);

    await t.app.mailer.send({ to: 'maija@kunta.example', subject: 'Hei', text: 'Hei!' });

    const files = await readdir(outbox);
    expect(files).not.toContain('old.eml');
    expect(files).toContain('recent.eml');
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });
});

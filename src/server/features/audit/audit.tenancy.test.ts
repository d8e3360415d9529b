import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditPage, cursorOf } from '#shared/audit.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Built = Awaited<ReturnType<typeof buildNetwork>>;

async function auditOf({ network, organiser }: Built, query = ''): Promise<AuditPage> {
  const url = `/api/networks/${network.slug}/audit${query}`;
  const response = await t.request({ method: 'GET', url, cookie: organiser.cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe("another network's audit entries under our network's address", () => {
  it('are never shown, not even from their own paging cursor, and our refused acts leave none', async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    const post = (built: Built, title: string) =>
      t.request({
        method: 'POST',
        url: `/api/networks/${built.network.slug}/themes`,
        payload: { title: { fi: title } },
        cookie: built.organiser.cookie,
      });
    const theirTheme = (await post(theirs, 'Heidän')).json();
    await post(ours, 'Oma');
    await post(theirs, 'Heidän toinen');
    const theirsBefore = await auditOf(theirs);
    const [newest] = theirsBefore.entries;
    if (!newest) throw new Error('their network has no entries');

    // Their newest entry as our cursor: ours come back, from before that moment, and none of theirs.
    const paged = await auditOf(ours, `?before=${encodeURIComponent(cursorOf(newest))}`);
    expect(paged.entries.map((e) => e.network?.slug)).toEqual([ours.network.slug]);
    const csv = await t.request({
      method: 'GET',
      url: `/api/networks/${ours.network.slug}/audit/export.csv`,
      cookie: ours.organiser.cookie,
    });
    expect(csv.body).not.toContain(theirs.network.slug);
    expect(csv.body).not.toContain(theirTheme.id);

    const ourBase = `/api/networks/${ours.network.slug}`;
    for (const attempt of [
      {
        method: 'PATCH' as const,
        url: `${ourBase}/themes/${theirTheme.id}`,
        payload: { title: { fi: 'Kaapattu' } },
      },
      { method: 'DELETE' as const, url: `${ourBase}/themes/${theirTheme.id}` },
    ]) {
      const response = await t.request({ ...attempt, cookie: ours.organiser.cookie });
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    expect(await auditOf(theirs)).toEqual(theirsBefore);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { rowsOf } from '#test/personal-data.ts';

let t: TestApp;
let ours: { network: NetworkRow; cookie: string };
let theirs: { network: NetworkRow; cookie: string; changeId: string };

const TITLE = { fi: 'Heidän muutoksensa' };

beforeAll(async () => {
  t = await buildTestApp();
  const a = await buildNetwork(t);
  ours = { network: a.network, cookie: a.organiser.cookie };
  const b = await buildNetwork(t);
  const created = await t.request({
    method: 'POST',
    url: `/api/networks/${b.network.slug}/survey-changes`,
    payload: { title: TITLE, decidedOn: '2027-01-15' },
    cookie: b.organiser.cookie,
  });
  theirs = { network: b.network, cookie: b.organiser.cookie, changeId: created.json().id };
});
afterAll(() => t.close());

describe("another network's changes under our address", () => {
  const ourUrl = (path: string) => `/api/networks/${ours.network.slug}${path}`;

  it('are not found, to edit or delete, and are left as they were', async () => {
    const url = ourUrl(`/survey-changes/${theirs.changeId}`);
    const patch = { method: 'PATCH' as const, url, payload: { published: false }, cookie: ours.cookie };
    expect((await t.request(patch)).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url, cookie: ours.cookie })).statusCode).toBe(404);
    const [row] = await rowsOf<{ published: boolean }>(
      t,
      'SELECT published FROM survey_changes WHERE id = $1',
      [theirs.changeId],
    );
    expect(row?.published).toBe(true);
  });

  it('are in neither of our lists', async () => {
    const all = await t.request({ method: 'GET', url: ourUrl('/survey-changes'), cookie: ours.cookie });
    expect(all.json().changes).toEqual([]);
    const shown = await t.request({ method: 'GET', url: ourUrl('/survey-changes/public') });
    expect(shown.json().changes).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { loadDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo network', () => {
  it('loads a synthetic network modelled on the seed, with people from its target organisations', async () => {
    expect(await loadDemo(t.database.db, { onlyIfEmpty: true })).toBe(true);
    const network = (await t.request({ method: 'GET', url: '/api/networks/digin-edistajat' })).json();
    expect(network).toMatchObject({
      hashtag: '#DiginEdistäjät',
      timeZone: 'Europe/Helsinki',
      status: 'active',
    });
    expect(network.goals).toHaveLength(5);
    for (const lang of ['fi', 'sv', 'en'])
      expect(network.descriptionHtml[lang]).toMatch(/synte|påhittade|synthetic/);
    const session = (await t.request({ method: 'GET', url: '/api/session' })).json();
    expect(session.setupNeeded).toBe(true); // demo people are not admins: the first real sign-in still is
  });

  it('does not load twice', async () => {
    expect(await loadDemo(t.database.db, { onlyIfEmpty: true })).toBe(false);
    expect(await loadDemo(t.database.db, { onlyIfEmpty: false })).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

// Profiles and organisations are the installation's (a person takes part in many networks); what
// is per network is who takes part, so that is what another network's people must not reach.
describe("another network's people under our network's address", () => {
  it('are not listed, cannot be given a role or removed, and stay as they were', async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    const theirMember = await buildMember(t, theirs.network);
    const saved = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: {
        displayName: 'Heidän jäsen',
        organisation: { name: 'Heidän kunta', type: 'municipality' },
        targetRole: null,
        preferredLanguage: 'fi',
      },
      cookie: theirMember.cookie,
    });
    expect(saved.statusCode).toBe(200);
    const members = async (built: typeof ours) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/networks/${built.network.slug}/members`,
          cookie: built.organiser.cookie,
        })
      ).json().members;
    const [oursBefore, theirsBefore] = [await members(ours), await members(theirs)];
    expect(oursBefore.map((m: { userId: string }) => m.userId)).toEqual([ours.organiser.userId]);

    const base = `/api/networks/${ours.network.slug}/members/${theirMember.userId}`;
    for (const attempt of [
      { method: 'PUT' as const, url: `${base}/role`, payload: { role: 'organiser' } },
      { method: 'PUT' as const, url: `${base}/role`, payload: { role: 'member' } },
      { method: 'DELETE' as const, url: base },
    ]) {
      const response = await t.request({ ...attempt, cookie: ours.organiser.cookie });
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    expect(await members(ours)).toEqual(oursBefore);
    expect(await members(theirs)).toEqual(theirsBefore);
    const profile = await t.request({ method: 'GET', url: '/api/me/profile', cookie: theirMember.cookie });
    expect(profile.json()).toMatchObject({ displayName: 'Heidän jäsen' });
  });
});

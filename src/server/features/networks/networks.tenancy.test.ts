import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Built = Awaited<ReturnType<typeof buildNetwork>>;
const membersOf = async ({ network, organiser }: Built) =>
  (
    await t.request({ method: 'GET', url: `/api/networks/${network.slug}/members`, cookie: organiser.cookie })
  ).json();
const roleIn = async (built: Built, userId: string) =>
  (await membersOf(built)).members.find((m: { userId: string }) => m.userId === userId)?.role ?? null;

describe("another network's roles and settings under our network's address", () => {
  it('are not reached by its id in place of our address', async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    for (const url of [`/api/networks/${theirs.network.id}`, `/api/networks/${theirs.network.id}/members`]) {
      const response = await t.request({ method: 'GET', url, cookie: ours.organiser.cookie });
      expect(response.statusCode, url).toBe(404);
    }
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/networks/${theirs.network.id}`,
      payload: { status: 'ended' },
      cookie: ours.organiser.cookie,
    });
    expect(patched.statusCode).toBe(404);
    const after = await t.request({ method: 'GET', url: `/api/networks/${theirs.network.slug}` });
    expect(after.json().status).toBe('active');
  });

  it('stay as they are when we change the role of a person who is in both networks', async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    const both = await buildMember(t, ours.network);
    await t.request({
      method: 'POST',
      url: `/api/networks/${theirs.network.slug}/membership`,
      cookie: both.cookie,
    });
    const theirsBefore = await membersOf(theirs);
    const base = `/api/networks/${ours.network.slug}`;
    const promoted = await t.request({
      method: 'PUT',
      url: `${base}/members/${both.userId}/role`,
      payload: { role: 'organiser' },
      cookie: ours.organiser.cookie,
    });
    expect(promoted.statusCode).toBe(204);
    expect(await roleIn(ours, both.userId)).toBe('organiser');
    expect(await membersOf(theirs)).toEqual(theirsBefore);
    const removed = await t.request({
      method: 'DELETE',
      url: `${base}/members/${both.userId}`,
      cookie: ours.organiser.cookie,
    });
    expect(removed.statusCode).toBe(204);
    expect(await roleIn(ours, both.userId)).toBeNull();
    expect(await roleIn(theirs, both.userId)).toBe('member');
  });

  it('do not let our organiser leave their network one organiser short', async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    const response = await t.request({
      method: 'DELETE',
      url: `/api/networks/${ours.network.slug}/members/${theirs.organiser.userId}`,
      cookie: ours.organiser.cookie,
    });
    expect(response.statusCode).toBe(404);
    expect(await roleIn(theirs, theirs.organiser.userId)).toBe('organiser');
  });

  it('leave their privacy notice as it is when our organiser writes ours', async () => {
    const ours = await buildNetwork(t);
    const theirs = await buildNetwork(t);
    const notice = { privacyNotice: { fi: 'Meidän seloste' }, contactAddress: 'ours@example.org' };
    for (const slug of [theirs.network.slug, theirs.network.id]) {
      const response = await t.request({
        method: 'PATCH',
        url: `/api/networks/${slug}`,
        payload: notice,
        cookie: ours.organiser.cookie,
      });
      expect(response.statusCode, slug).toBe(slug === theirs.network.id ? 404 : 403);
    }
    const after = await t.request({ method: 'GET', url: `/api/networks/${theirs.network.slug}` });
    expect(after.json()).toMatchObject({ privacyNotice: {}, contactAddress: null });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestAppWithAdmin } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { deleteAccount, exportOf, rowsOf } from '#test/personal-data.ts';

let t: TestAppWithAdmin;
let admin: string;
beforeAll(async () => {
  t = await buildTestApp({}, undefined, { admin: 'admin@example.org' });
  admin = t.admin.cookie;
});
afterAll(() => t.close());

/** A network whose organiser invited a person who is also a member of it, and someone else. */
async function invited() {
  const { network, organiser } = await buildNetwork(t);
  const person = await buildPerson(t);
  await t.request({ method: 'POST', url: `/api/networks/${network.slug}/membership`, cookie: person.cookie });
  for (const email of [person.email, `someone-${person.userId.toLowerCase()}@example.org`]) {
    const response = await t.request({
      method: 'POST',
      url: `/api/networks/${network.slug}/invitations`,
      payload: { email },
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(201);
  }
  const invitations = async () =>
    (await t.request({ method: 'GET', url: `/api/networks/${network.slug}/members`, cookie: admin })).json()
      .invitations as { email: string }[];
  return { network, organiser, person, invitations };
}

describe('a person’s network data', () => {
  it('is exported: roles, invitations to their address, and invitations they sent without the invitee', async () => {
    const { network, organiser, person } = await invited();
    const data = await exportOf(t, person.cookie);
    expect(data.networks).toEqual([
      { slug: network.slug, name: network.name, role: 'member', since: expect.any(String) },
    ]);
    expect(data.invitationsReceived).toEqual([
      {
        network: network.slug,
        role: 'organiser',
        sentAt: expect.any(String),
        expiresAt: expect.any(String),
        acceptedAt: null,
      },
    ]);
    const sent = (await exportOf(t, organiser.cookie)).invitationsSent;
    expect(sent).toEqual([
      { network: network.slug, role: 'organiser', sentAt: expect.any(String) },
      { network: network.slug, role: 'organiser', sentAt: expect.any(String) },
    ]);
    expect(JSON.stringify(sent)).not.toContain('@');
  });

  it('is erased on deletion: the membership and the invitation go; a sent invitation forgets its sender', async () => {
    const { network, organiser, person, invitations } = await invited();
    await deleteAccount(t, person.cookie);
    expect((await invitations()).map((i) => i.email)).toEqual([
      `someone-${person.userId.toLowerCase()}@example.org`,
    ]);
    const members = await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/members`,
      cookie: admin,
    });
    expect(JSON.stringify(members.json())).not.toContain(person.email);

    await deleteAccount(t, organiser.cookie);
    expect(await invitations()).toHaveLength(1);
    const senders = await rowsOf<{ invited_by: string | null }>(
      t,
      'SELECT i.invited_by FROM network_invitations i JOIN networks n ON n.id = i.network_id WHERE n.slug = $1',
      [network.slug],
    );
    expect(senders).toEqual([{ invited_by: null }]);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { purgeExpiredPersonalData } from '#server/features/people/people.service.ts';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import { buildTestApp, linkIn, type TestApp } from '#test/app.ts';
import { WAIT } from '#test/budget.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';
import { deleteAccount, exportOf, rowsOf } from '#test/personal-data.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ OUTREACH_MESSAGES_PER_MINUTE: '0' });
});
afterAll(() => t.close());

async function networkWithList() {
  const { network, organiser } = await buildNetwork(t);
  const base = `/api/networks/${network.slug}`;
  const created = await t.request({
    method: 'POST',
    url: `${base}/outreach/lists`,
    payload: { name: { fi: 'Kunnat' }, onInterestForm: true },
    cookie: organiser.cookie,
  });
  return { network, organiser, base, list: created.json().id as string };
}

/** The campaign once the worker has sent it. */
async function sent(base: string, cookie: string, id: string) {
  const read = async () =>
    (await t.request({ method: 'GET', url: `${base}/outreach/campaigns/${id}`, cookie })).json();
  await vi
    .waitFor(async () => {
      if ((await read()).status !== 'sent') throw new Error('not sent yet');
    }, WAIT)
    .catch(() => {}); // the caller's assertion says what the status is instead
  return read();
}

/**
 * Pia subscribed in one network through the interest form and got a campaign; an organiser of
 * another network added her address, and someone else's, by hand.
 */
async function subscribedPerson() {
  const a = await networkWithList();
  const b = await networkWithList();
  const pia = await buildPerson(t);
  const interest = await t.request({
    method: 'POST',
    url: `${a.base}/interest`,
    payload: {
      name: 'Pia Pirkkalainen',
      email: pia.email,
      organisation: 'Pirkkalan kunta',
      organisationType: 'municipality',
      role: 'Digikehittäjä',
      topics: ['Tekoäly'],
      language: 'fi',
      listIds: [a.list],
      consent: true,
      consentVersion: CONSENT_VERSION,
    },
  });
  expect(interest.statusCode).toBe(202);
  const confirmation = new URL(linkIn((await t.outbox()).at(-1) ?? '', `${t.origin}/confirm/`));
  expect((await t.request({ method: 'POST', url: confirmation.pathname })).statusCode).toBe(303);
  const campaign = await t.request({
    method: 'POST',
    url: `${a.base}/outreach/campaigns`,
    payload: { subject: 'Kutsu kesäkuun tapaamiseen', body: 'Tervetuloa!', listIds: [a.list] },
    cookie: a.organiser.cookie,
  });
  const id = campaign.json().id;
  await t.request({
    method: 'POST',
    url: `${a.base}/outreach/campaigns/${id}/send`,
    payload: {},
    cookie: a.organiser.cookie,
  });
  expect((await sent(a.base, a.organiser.cookie, id)).status).toBe('sent');
  const other = `someone-${pia.userId.toLowerCase()}@example.org`;
  for (const email of [pia.email, other]) {
    await t.request({
      method: 'POST',
      url: `${b.base}/outreach/lists/${b.list}/subscribers`,
      payload: { email, name: 'Käsin lisätty', language: 'sv' },
      cookie: b.organiser.cookie,
    });
  }
  const addresses = async (network: typeof a) =>
    (
      await t.request({
        method: 'GET',
        url: `${network.base}/outreach/lists/${network.list}/subscribers`,
        cookie: network.organiser.cookie,
      })
    ).json() as { email: string; sourceBy: string | null }[];
  return { a, b, pia, other, addresses };
}

describe('a person’s mailing-list data', () => {
  it('is exported: every subscription by their address, with its consent record and the messages sent', async () => {
    const { a, b, pia } = await subscribedPerson();
    const data = await exportOf(t, pia.cookie);
    expect(data.mailingLists).toEqual([
      expect.objectContaining({
        network: a.network.slug,
        list: { fi: 'Kunnat' },
        status: 'confirmed',
        name: 'Pia Pirkkalainen',
        organisation: 'Pirkkalan kunta',
        topics: ['Tekoäly'],
        source: 'interest-form',
        consent: {
          version: CONSENT_VERSION,
          text: expect.stringMatching(/\w/),
          at: expect.any(String),
          source: 'interest-form',
        },
        confirmedAt: expect.any(String),
        messages: [{ subject: 'Kutsu kesäkuun tapaamiseen', status: 'sent', sentAt: expect.any(String) }],
      }),
      expect.objectContaining({
        network: b.network.slug,
        status: 'pending',
        source: 'manual',
        consent: null,
        messages: [],
      }),
    ]);
  });

  it('shows organisers the campaigns they created and the addresses they added, not whose', async () => {
    const { a, b, other } = await subscribedPerson();
    expect((await exportOf(t, a.organiser.cookie)).campaignsCreated).toEqual([
      {
        network: a.network.slug,
        subject: 'Kutsu kesäkuun tapaamiseen',
        status: 'sent',
        createdAt: expect.any(String),
      },
    ]);
    const added = (await exportOf(t, b.organiser.cookie)).addressesAdded;
    expect(added).toEqual([
      { network: b.network.slug, list: { fi: 'Kunnat' }, source: 'manual', file: null, addresses: 2 },
    ]);
    expect(JSON.stringify(added)).not.toContain(other);
  });

  it('is erased on deletion in every network, deliveries included; organisers’ records forget them', async () => {
    const { a, b, pia, other, addresses } = await subscribedPerson();
    await deleteAccount(t, pia.cookie);
    expect(await addresses(a)).toEqual([]);
    expect((await addresses(b)).map((s) => s.email)).toEqual([other]);
    const left = await rowsOf(
      t,
      'SELECT 1 FROM subscribers WHERE email = $1 UNION ALL SELECT 1 FROM deliveries WHERE email = $1',
      [pia.email],
    );
    expect(left).toEqual([]);

    await deleteAccount(t, b.organiser.cookie);
    await deleteAccount(t, a.organiser.cookie);
    expect(
      await rowsOf(t, 'SELECT 1 FROM subscribers WHERE source_by IN ($1, $2)', [
        a.organiser.email,
        b.organiser.email,
      ]),
    ).toEqual([]);
    expect(await rowsOf(t, 'SELECT 1 FROM campaigns WHERE created_by = $1', [a.organiser.userId])).toEqual(
      [],
    );
  });
});

describe('retention', () => {
  it('drops a subscription never confirmed once its confirmation link has expired', async () => {
    const { a, b, other, addresses } = await subscribedPerson();
    await rowsOf(
      t,
      `UPDATE subscribers SET confirm_expires_at = now() - interval '1 second' WHERE email = $1`,
      [other],
    );
    await purgeExpiredPersonalData(t.database.db);
    expect((await addresses(b)).map((s) => s.email)).not.toContain(other);
    expect(await addresses(b)).toHaveLength(1);
    expect(await addresses(a)).toHaveLength(1);
  });
});

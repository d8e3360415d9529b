import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONSENT_VERSION } from '#shared/outreach.ts';
import type { TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting } from '#test/live.ts';
import { buildConfirmedList, buildMailedTestApp } from '#test/outreach.ts';
import type { SmtpSink } from '#test/smtp.ts';
import * as q from './outreach.queries.ts';
import { campaignLists, campaigns, deliveries, mailingLists, subscribers } from './outreach.tables.ts';

// An organiser of one network names another network's lists, addresses and campaigns under their
// own network's address: every route answers as if the id did not exist, and nothing changes.
let t: TestApp;
let smtp: SmtpSink;

beforeAll(async () => {
  ({ t, smtp } = await buildMailedTestApp());
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** Another network with a list of confirmed addresses, a sent campaign and a draft. */
async function buildOtherNetwork() {
  const { network, organiser } = await buildNetwork(t);
  const list = await buildConfirmedList(t.database.db, network, 2);
  const call = (method: 'POST', url: string, payload: object) =>
    t.request({ method, url: `/api/networks/${network.slug}${url}`, cookie: organiser.cookie, payload });
  const input = { subject: 'Toisen verkoston kutsu', body: 'Hei', listIds: [list.id] };
  const sent = (await call('POST', '/outreach/campaigns', input)).json().id as string;
  await call('POST', `/outreach/campaigns/${sent}/send`, {});
  // Sent and recorded, so nothing of theirs moves while the other organiser tries.
  await vi.waitFor(
    async () => {
      const row = await q.findCampaign(t.database.db, { networkId: network.id, campaignId: sent });
      if (row?.status !== 'sent') throw new Error('still sending');
    },
    { timeout: 30_000, interval: 50 },
  );
  const draft = (await call('POST', '/outreach/campaigns', input)).json().id as string;
  const [subscriber] = await q.listSubscribers(t.database.db, { networkId: network.id, listId: list.id });
  const meeting = await buildMeeting(t, network);
  return { network, list, subscriberId: subscriber?.id ?? '', sent, draft, meetingId: meeting.id };
}

/** Every outreach row of a network, to show a refused request changed none of them. */
async function rowsOf(networkId: string) {
  const db = t.database.db;
  return {
    lists: await db.select().from(mailingLists).where(eq(mailingLists.networkId, networkId)),
    subscribers: await db.select().from(subscribers).where(eq(subscribers.networkId, networkId)),
    campaigns: await db.select().from(campaigns).where(eq(campaigns.networkId, networkId)),
    campaignLists: await db.select().from(campaignLists).where(eq(campaignLists.networkId, networkId)),
    deliveries: await db.select().from(deliveries).where(eq(deliveries.networkId, networkId)),
  };
}

function upload(csv: string) {
  const boundary = '----verkosto-tenancy';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="l.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body };
}

describe('another network’s ids under one’s own network', () => {
  it('are unknown to every organiser route, and nothing of theirs changes', async () => {
    const other = await buildOtherNetwork();
    const { network, organiser } = await buildNetwork(t);
    const own = await buildConfirmedList(t.database.db, network, 1);
    const base = `/api/networks/${network.slug}`;
    const before = await rowsOf(other.network.id);
    const mailsBefore = smtp.messages.length;

    const list = `/outreach/lists/${other.list.id}`;
    const campaign = (id: string) => `/outreach/campaigns/${id}`;
    const input = { subject: 'Kaapattu', body: 'x', listIds: [own.id] };
    const requests: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object }[] =
      [
        { method: 'PATCH', url: list, payload: { name: { fi: 'Kaapattu' } } },
        { method: 'GET', url: `${list}/subscribers` },
        { method: 'POST', url: `${list}/subscribers`, payload: { email: 'uusi@example.org', name: 'U' } },
        { method: 'DELETE', url: `${list}/subscribers/${other.subscriberId}` },
        // Their address on one's own list.
        { method: 'DELETE', url: `/outreach/lists/${own.id}/subscribers/${other.subscriberId}` },
        { method: 'GET', url: `${list}/export.csv` },
        { method: 'GET', url: campaign(other.sent) },
        { method: 'GET', url: campaign(other.draft) },
        { method: 'PUT', url: campaign(other.draft), payload: input },
        { method: 'POST', url: `${campaign(other.draft)}/test`, payload: {} },
        { method: 'POST', url: `${campaign(other.draft)}/send`, payload: {} },
        {
          method: 'POST',
          url: `${campaign(other.draft)}/send`,
          payload: { at: new Date(Date.now() + 86_400_000).toISOString() },
        },
      ];
    for (const request of requests) {
      const answer = await t.request({ ...request, url: `${base}${request.url}`, cookie: organiser.cookie });
      expect(`${request.method} ${request.url} ${answer.statusCode}`).toBe(
        `${request.method} ${request.url} 404`,
      );
    }
    for (const path of [`${list}/import/preview`, `${list}/import`]) {
      const answer = await t.request({
        method: 'POST',
        url: `${base}${path}`,
        cookie: organiser.cookie,
        ...upload('email\nuusi@example.org\n'),
      });
      expect(`${path} ${answer.statusCode}`).toBe(`${path} 404`);
    }

    // Their lists and meeting named in one's own campaign or on one's own form: refused, by field.
    const theirLists = await t.request({
      method: 'POST',
      url: `${base}/outreach/campaigns`,
      cookie: organiser.cookie,
      payload: { ...input, listIds: [other.list.id] },
    });
    expect(theirLists.json().error.fields).toHaveProperty('listIds');
    const theirMeeting = await t.request({
      method: 'POST',
      url: `${base}/outreach/campaigns`,
      cookie: organiser.cookie,
      payload: { ...input, eventId: other.meetingId },
    });
    expect(theirMeeting.json().error.fields).toHaveProperty('eventId');
    const form = await t.request({
      method: 'POST',
      url: `${base}/interest`,
      payload: {
        name: 'Maija',
        email: 'maija@example.org',
        language: 'fi',
        listIds: [other.list.id],
        consent: true,
        consentVersion: CONSENT_VERSION,
      },
    });
    expect(form.json().error.fields).toHaveProperty('listIds');

    // Nor do they appear in one's own lists and campaigns.
    const lists = (
      await t.request({ method: 'GET', url: `${base}/outreach/lists`, cookie: organiser.cookie })
    ).json();
    expect(lists.map((l: { id: string }) => l.id)).toEqual([own.id]);
    const mine = await t.request({
      method: 'GET',
      url: `${base}/outreach/campaigns`,
      cookie: organiser.cookie,
    });
    expect(mine.json()).toEqual([]);

    expect(await rowsOf(other.network.id)).toEqual(before);
    expect(smtp.messages.length).toBe(mailsBefore);
  });
});

/** The constraint a write broke (PGlite and node-postgres both name it), or null when it worked. */
async function brokenConstraint(write: PromiseLike<unknown>): Promise<string | null> {
  try {
    await write;
    return null;
  } catch (error) {
    const cause = (error as { cause?: { constraint?: string } }).cause ?? (error as { constraint?: string });
    return cause.constraint ?? String(error);
  }
}

describe('the schema', () => {
  it('refuses an address on another network’s list and a delivery to another network’s address', async () => {
    const other = await buildOtherNetwork();
    const { network } = await buildNetwork(t);
    const db = t.database.db;
    const row = {
      listId: other.list.id,
      email: 'x@example.org',
      status: 'confirmed' as const,
      source: 'import' as const,
    };
    expect(await brokenConstraint(q.insertSubscribersIfNew(db, { networkId: network.id, rows: [row] }))).toBe(
      'subscribers_list_fk',
    );

    const own = await buildConfirmedList(db, network, 1);
    const draft = await q.insertCampaign(db, {
      networkId: network.id,
      subject: 'x',
      body: '',
      listIds: [own.id],
      template: 'custom',
    });
    const delivery = { campaignId: draft.id, subscriberId: other.subscriberId, email: 'x@example.org' };
    // Their address in one's own campaign, under either network.
    const ours = db
      .insert(deliveries)
      .values({ ...delivery, networkId: network.id, messageId: '<a@verkosto>' });
    expect(await brokenConstraint(ours)).toBe('deliveries_subscriber_fk');
    const theirs = db
      .insert(deliveries)
      .values({ ...delivery, networkId: other.network.id, messageId: '<b@verkosto>' });
    expect(await brokenConstraint(theirs)).toBe('deliveries_campaign_fk');
  });

  it('refuses a campaign reaching another network’s list or meeting, and keeps its network when its meeting goes', async () => {
    const other = await buildOtherNetwork();
    const { network } = await buildNetwork(t);
    const db = t.database.db;
    const own = await buildConfirmedList(db, network, 1);
    const draft = await db.transaction((tx) =>
      q.insertCampaign(tx, {
        networkId: network.id,
        subject: 'x',
        body: '',
        listIds: [own.id],
        template: 'custom',
      }),
    );
    // Their list in one's own campaign, under either network.
    const ours = db.execute(sql`INSERT INTO campaign_lists (network_id, campaign_id, list_id, position)
      VALUES (${network.id}, ${draft.id}, ${other.list.id}, 1)`);
    expect(await brokenConstraint(ours)).toBe('campaign_lists_list_fk');
    const theirs = db.execute(sql`INSERT INTO campaign_lists (network_id, campaign_id, list_id, position)
      VALUES (${other.network.id}, ${draft.id}, ${other.list.id}, 1)`);
    expect(await brokenConstraint(theirs)).toBe('campaign_lists_campaign_fk');
    // Their meeting in one's own campaign.
    const linked = db.execute(sql`UPDATE campaigns SET event_id = ${other.meetingId} WHERE id = ${draft.id}`);
    expect(await brokenConstraint(linked)).toBe('campaigns_event_fk');

    // One's own meeting removed: the campaign loses only the link, not its network.
    const meeting = await buildMeeting(t, network);
    await db.execute(sql`UPDATE campaigns SET event_id = ${meeting.id} WHERE id = ${draft.id}`);
    await db.execute(sql`DELETE FROM events WHERE id = ${meeting.id}`);
    const after = await q.findCampaign(db, { networkId: network.id, campaignId: draft.id });
    expect(after).toMatchObject({ networkId: network.id, eventId: null, listIds: [own.id] });
  });
});

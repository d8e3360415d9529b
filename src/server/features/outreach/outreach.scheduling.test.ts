import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildConfirmedList, buildMailedTestApp, campaignRunner } from '#test/outreach.ts';
import type { SmtpSink } from '#test/smtp.ts';
import { CAMPAIGN_QUEUE, runCampaign } from './campaign-runner.ts';
import * as q from './outreach.queries.ts';

// A campaign's status and its job change together: queueing that fails leaves the campaign as it
// was, and a rescheduled or edited campaign leaves no job behind to send it at the old time.
let t: TestApp;
let smtp: SmtpSink;

beforeAll(async () => {
  ({ t, smtp } = await buildMailedTestApp());
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const inADay = (hours = 0) => new Date(Date.now() + (24 + hours) * 3_600_000).toISOString();

async function setUp() {
  const { network, organiser } = await buildNetwork(t);
  const list = await buildConfirmedList(t.database.db, network, 2);
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.request({
      method,
      url: `/api/networks/${network.slug}${url}`,
      cookie: organiser.cookie,
      ...(payload ? { payload } : {}),
    });
  const input = { subject: 'Kutsu', body: 'Tervetuloa!', listIds: [list.id] };
  const campaignId = (await call('POST', '/outreach/campaigns', input)).json().id as string;
  const row = async () => {
    const found = await q.findCampaign(t.database.db, { networkId: network.id, campaignId });
    if (!found) throw new Error('the campaign is gone');
    return found;
  };
  const jobs = async () =>
    (await t.app.jobs.findJobs<{ campaignId: string }>(CAMPAIGN_QUEUE, { data: { campaignId } })).map(
      (j) => ({ id: j.id, state: j.state, startAfter: j.startAfter.toISOString() }),
    );
  return { network, call, input, campaignId, row, jobs };
}

/** Makes the database refuse this campaign's jobs, as a full disk or a broken queue table would. */
async function refuseJobsOf(campaignId: string) {
  const queue = await t.app.jobs.getQueue(CAMPAIGN_QUEUE);
  const name = `refuse_${campaignId.replaceAll('-', '')}`;
  await t.database.db.execute(
    sql.raw(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the job queue refuses this job'; END $$`),
  );
  await t.database.db.execute(
    sql.raw(`CREATE TRIGGER ${name} BEFORE INSERT ON pgboss.${queue?.table ?? 'job'}
      FOR EACH ROW WHEN (NEW.data->>'campaignId' = '${campaignId}') EXECUTE FUNCTION ${name}()`),
  );
  return async () => {
    await t.database.db.execute(sql.raw(`DROP TRIGGER ${name} ON pgboss.${queue?.table ?? 'job'}`));
    await t.database.db.execute(sql.raw(`DROP FUNCTION ${name}()`));
  };
}

describe('sending a campaign', () => {
  it('changes nothing when its job cannot be queued, and works once the queue takes it', async () => {
    const { call, campaignId, row, jobs } = await setUp();
    const allow = await refuseJobsOf(campaignId);
    try {
      expect(
        (await call('POST', `/outreach/campaigns/${campaignId}/send`, { at: inADay() })).statusCode,
      ).toBe(500);
      expect(await row()).toMatchObject({ status: 'draft', scheduledAt: null, sendJobId: null });
      expect((await call('POST', `/outreach/campaigns/${campaignId}/send`, {})).statusCode).toBe(500);
      expect(await row()).toMatchObject({ status: 'draft', startedAt: null });
      expect(await jobs()).toEqual([]);
    } finally {
      await allow();
    }
    const at = inADay();
    const scheduled = await call('POST', `/outreach/campaigns/${campaignId}/send`, { at });
    expect(scheduled.statusCode).toBe(202);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', scheduledAt: at });
    const [job] = await jobs();
    expect(job).toMatchObject({ state: 'created', startAfter: at });
    expect((await row()).sendJobId).toBe(job?.id);
  });

  it('cancels the old job when rescheduled, and the old one sends nothing if it runs', async () => {
    const { network, call, campaignId, row, jobs } = await setUp();
    const first = inADay();
    await call('POST', `/outreach/campaigns/${campaignId}/send`, { at: first });
    const [old] = await jobs();
    const later = inADay(2);
    const moved = await call('POST', `/outreach/campaigns/${campaignId}/send`, { at: later });
    expect(moved.json()).toMatchObject({ status: 'scheduled', scheduledAt: later });
    const now = await jobs();
    expect(now.find((j) => j.id === old?.id)?.state).toBe('cancelled');
    const current = now.filter((j) => j.state === 'created');
    expect(current.map((j) => j.startAfter)).toEqual([later]);
    expect((await row()).sendJobId).toBe(current[0]?.id);

    // Even a stale job that ran (a race with the cancel) leaves the campaign waiting for its time.
    await runCampaign(campaignRunner(t), { networkId: network.id, campaignId }, old?.id);
    expect(await row()).toMatchObject({ status: 'scheduled', startedAt: null });
  });

  it('cancels the scheduled job when the campaign is edited back to a draft', async () => {
    const { call, input, campaignId, row, jobs } = await setUp();
    await call('POST', `/outreach/campaigns/${campaignId}/send`, { at: inADay() });
    const edited = await call('PUT', `/outreach/campaigns/${campaignId}`, { ...input, subject: 'Uusi' });
    expect(edited.json()).toMatchObject({ status: 'draft', scheduledAt: null });
    expect((await jobs()).map((j) => j.state)).toEqual(['cancelled']);
    expect((await row()).sendJobId).toBeNull();

    // Scheduled again after the edit: one job, at the new time.
    const at = inADay(5);
    await call('POST', `/outreach/campaigns/${campaignId}/send`, { at });
    expect((await jobs()).filter((j) => j.state === 'created').map((j) => j.startAfter)).toEqual([at]);
  });

  it('cancels the scheduled job when the organiser sends the campaign now instead', async () => {
    const { call, campaignId, jobs } = await setUp();
    await call('POST', `/outreach/campaigns/${campaignId}/send`, { at: inADay() });
    const [scheduled] = await jobs();
    const before = smtp.messages.length;
    expect((await call('POST', `/outreach/campaigns/${campaignId}/send`, {})).statusCode).toBe(202);
    await smtp.waitFor(before + 2);
    expect((await jobs()).find((j) => j.id === scheduled?.id)?.state).toBe('cancelled');
  });
});

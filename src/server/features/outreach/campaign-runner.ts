import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { fromDrizzle } from 'pg-boss';
import type { Db, Tx } from '#server/db/client.ts';
import { findEventById } from '#server/features/events/events.queries.ts';
import { findNetworkById } from '#server/features/networks/networks.queries.ts';
import { feedbackLinks } from '#server/features/surveys/surveys.service.ts';
import type { Jobs } from '#server/platform/jobs.ts';
import type { Mailer } from '#server/platform/mail.ts';
import { campaignMail } from './campaign-mail.ts';
import * as q from './outreach.queries.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

export const CAMPAIGN_QUEUE = 'outreach-campaign';
const BATCH = 20;
/** The mailer's pooled SMTP connections (platform/mail.ts). */
const SMTP_LANES = 3;
const MAX_ATTEMPTS = 5;
const IDLE_MS = 250;
const MARK_RETRY_MS = 50;
const MARK_RETRY_MAX_MS = 2000;

export type RunnerOptions = {
  db: Db;
  jobs: Jobs;
  mailer: Mailer;
  log: FastifyBaseLogger;
  publicUrl: string;
  secret: string;
  /** 0: as fast as SMTP takes them. */
  messagesPerMinute: number;
  /** A claimed message not marked sent within this time is considered lost with its sender. */
  claimSeconds: number;
  /** Aborted when the instance stops: runs end between two messages, and their jobs are retried. */
  signal: AbortSignal;
};

/** What a campaign job carries: the campaign and its network, which every query takes. */
export type CampaignJob = { networkId: string; campaignId: string };

type Claimed = q.ClaimedDelivery;
type Recipient = Awaited<ReturnType<typeof q.recipients>>[number];
type Context = Awaited<ReturnType<typeof loadContext>>;

/** pg-boss statements on the caller's connection, inside its transaction. */
const inTransaction = (tx: Tx) => fromDrizzle(tx as unknown as Parameters<typeof fromDrizzle>[0], sql);

const JOB_OPTIONS = { retryLimit: 20, retryDelay: 5, retryBackoff: true } as const;

/**
 * Queues a campaign run inside the caller's transaction (pg-boss writes its job with the caller's
 * connection), so the campaign's status and its job are committed together or not at all. A
 * scheduled run becomes the campaign's recorded job and replaces the one before it.
 */
export async function enqueueCampaign(
  tx: Tx,
  jobs: Jobs,
  campaign: Pick<q.CampaignRow, 'networkId' | 'id' | 'sendJobId'>,
  at: Date | null,
): Promise<string> {
  const db = inTransaction(tx);
  if (campaign.sendJobId) await jobs.cancel(CAMPAIGN_QUEUE, campaign.sendJobId, { db });
  const data: CampaignJob = { networkId: campaign.networkId, campaignId: campaign.id };
  const jobId = await jobs.send(CAMPAIGN_QUEUE, data, {
    ...(at ? { startAfter: at } : {}),
    ...JOB_OPTIONS,
    db,
  });
  if (!jobId) throw new Error(`campaign ${campaign.id} was not queued`);
  const scope = { networkId: campaign.networkId, campaignId: campaign.id };
  await q.updateCampaign(tx, { ...scope, change: { sendJobId: at ? jobId : null } });
  return jobId;
}

const ready = new WeakSet<Jobs>();

/**
 * Makes sure the queue exists and pg-boss has it cached, once per pg-boss instance. Call it before
 * opening the transaction a campaign is queued in: on PGlite, pg-boss's own connection would wait
 * for that transaction to end, forever, if it had to read the queue then.
 */
export async function readyToQueue(jobs: Jobs): Promise<void> {
  if (ready.has(jobs)) return;
  await jobs.createQueue(CAMPAIGN_QUEUE);
  await jobs.findJobs(CAMPAIGN_QUEUE, { limit: 1 });
  ready.add(jobs);
}

/** Cancels a campaign's scheduled job in the caller's transaction: it goes back to draft. */
export async function cancelScheduledJob(tx: Tx, jobs: Jobs, jobId: string | null): Promise<void> {
  if (jobId) await jobs.cancel(CAMPAIGN_QUEUE, jobId, { db: inTransaction(tx) });
}

/** Queues one more run of a campaign being sent (runs on several instances share the work). */
export async function queueCampaign(jobs: Jobs, job: CampaignJob): Promise<void> {
  await jobs.send(CAMPAIGN_QUEUE, job, JOB_OPTIONS);
}

/**
 * Starts this instance's campaign worker and picks up campaigns a stopped instance left mid-way,
 * and scheduled ones whose recorded job is not waiting.
 */
export async function startCampaignWorker(options: RunnerOptions): Promise<void> {
  const { db, jobs } = options;
  await readyToQueue(jobs);
  const waiting = new Set((await jobs.findJobs(CAMPAIGN_QUEUE, { queued: true })).map((j) => j.id));
  await jobs.work<Partial<CampaignJob>>(CAMPAIGN_QUEUE, { localConcurrency: 2 }, async ([job]) => {
    const { networkId, campaignId } = job?.data ?? {};
    if (job && networkId && campaignId) await runCampaign(options, { networkId, campaignId }, job.id);
  });
  for (const campaign of await q.listUnfinishedCampaigns(db)) {
    const job = { networkId: campaign.networkId, campaignId: campaign.id };
    if (campaign.status === 'sending') await queueCampaign(jobs, job);
    // A restored backup carries no jobs: a scheduled campaign whose job is gone is queued again, once.
    else if (!campaign.sendJobId || !waiting.has(campaign.sendJobId)) {
      await db.transaction(async (tx) => {
        await enqueueCampaign(tx, jobs, { ...campaign, sendJobId: null }, campaign.scheduledAt);
      });
    }
  }
}

/**
 * Sends a campaign to completion. Every recipient's delivery row is created once, claimed under
 * SKIP LOCKED before its message goes to SMTP and marked right after, so concurrent runners share
 * the work and a restarted one resends only what was in flight when its predecessor died. A job
 * of a scheduled campaign that is not its recorded job (rescheduled since) does nothing.
 */
export async function runCampaign(options: RunnerOptions, job: CampaignJob, jobId?: string): Promise<void> {
  // One run per campaign on an instance: a second (the job a restart queues beside the one queued
  // when sending began) would double the configured rate and add nothing the first does not do.
  const running = runningOn(options);
  if (running.has(job.campaignId)) return;
  running.add(job.campaignId);
  try {
    await sendAll(options, job, jobId);
  } finally {
    running.delete(job.campaignId);
  }
}

const runs = new WeakMap<RunnerOptions, Set<string>>();
function runningOn(options: RunnerOptions): Set<string> {
  const running = runs.get(options) ?? new Set<string>();
  runs.set(options, running);
  return running;
}

async function sendAll(options: RunnerOptions, job: CampaignJob, jobId?: string): Promise<void> {
  const campaign = await begin(options.db, job, jobId);
  if (!campaign) return;
  const context = await loadContext(options, campaign);
  const gapMs = options.messagesPerMinute > 0 ? 60_000 / options.messagesPerMinute : 0;
  // A claimed batch must be sent well within the claim time, or another runner would take it over.
  const batchSize =
    gapMs > 0 ? Math.max(1, Math.min(BATCH, Math.floor((options.claimSeconds * 500) / gapMs))) : BATCH;
  const pace = { gapMs, nextAt: 0 };
  for (;;) {
    options.signal.throwIfAborted();
    const batch = await q.claimDeliveries(options.db, {
      ...job,
      claimSeconds: options.claimSeconds,
      limit: batchSize,
    });
    if (batch.length === 0) {
      if (await finishIfDone(options.db, job))
        return options.log.info({ campaignId: job.campaignId }, 'campaign sent');
      await sleep(IDLE_MS); // retries waiting for their time, or another runner's messages in flight
      continue;
    }
    const unsent = await sendBatch(options, context, batch, pace);
    if (options.signal.aborted) return release(options.db, job.networkId, unsent);
  }
}

/**
 * Sends a claimed batch: unthrottled, one message per pooled SMTP connection is in flight;
 * throttled, one at a time. Returns the messages left unsent when the instance is stopping.
 */
async function sendBatch(
  options: RunnerOptions,
  context: Context,
  batch: Claimed[],
  pace: { gapMs: number; nextAt: number },
): Promise<Claimed[]> {
  const found = await q.recipients(options.db, {
    networkId: context.network.id,
    subscriberIds: batch.map((d) => d.subscriberId),
  });
  const recipients = new Map(found.map((r) => [r.id, r]));
  let next = 0;
  const lane = async () => {
    for (let delivery = batch[next]; delivery && !options.signal.aborted; delivery = batch[next]) {
      next++;
      const wait = pace.nextAt - Date.now();
      pace.nextAt = Math.max(pace.nextAt, Date.now()) + pace.gapMs;
      if (wait > 0) await sleep(wait);
      await deliver(options, context, delivery, recipients.get(delivery.subscriberId));
    }
  };
  await Promise.all(Array.from({ length: pace.gapMs > 0 ? 1 : SMTP_LANES }, lane));
  return batch.slice(next);
}

/** Marks the campaign started and creates its deliveries, once; null when there is nothing to do. */
async function begin(db: Db, job: CampaignJob, jobId: string | undefined) {
  return db.transaction(async (tx) => {
    const campaign = await q.findCampaign(tx, { ...job, forUpdate: true });
    if (!campaign || campaign.status === 'sent' || campaign.status === 'draft') return null;
    if (campaign.status === 'scheduled' && jobId && campaign.sendJobId && jobId !== campaign.sendJobId) {
      return null; // a job left from before a reschedule
    }
    if (!campaign.startedAt) {
      await q.createDeliveries(tx, job);
      await q.updateCampaign(tx, { ...job, change: { status: 'sending', startedAt: new Date() } });
    } else if (campaign.status === 'scheduled') {
      await q.updateCampaign(tx, { ...job, change: { status: 'sending' } });
    }
    return campaign;
  });
}

async function loadContext(options: RunnerOptions, campaign: q.CampaignRow) {
  const { db } = options;
  const network = await findNetworkById(db, { networkId: campaign.networkId });
  if (!network) throw new Error(`network of campaign ${campaign.id} is gone`);
  const event = campaign.eventId
    ? await findEventById(db, { networkId: network.id, eventId: campaign.eventId })
    : null;
  // A meeting's thank-you carries each recipient's own link to its feedback survey.
  const feedbackLink =
    event && campaign.template === 'thank-you' ? await feedbackLinks(options, network, event) : null;
  return { campaign, network, event, feedbackLink };
}

async function deliver(options: RunnerOptions, context: Context, delivery: Claimed, recipient?: Recipient) {
  const networkId = context.network.id;
  // Unsubscribed since the campaign started: takes effect at once, also mid-campaign.
  if (recipient?.status !== 'confirmed') {
    return mark(options.db, networkId, delivery.id, {
      status: 'failed',
      lastError: 'unsubscribed before sending',
    });
  }
  const mail = campaignMail({
    publicUrl: options.publicUrl,
    network: context.network,
    list: { id: recipient.listId, name: recipient.listName },
    sender: options.mailer.sender,
    campaign: context.campaign,
    event: context.event,
    recipient: { email: delivery.email, language: recipient.language },
    feedbackUrl: context.feedbackLink?.(delivery.subscriberId),
    unsubscribeUrl: `${options.publicUrl}/unsubscribe/${unsubscribeToken(options.secret, delivery.subscriberId)}`,
    messageId: delivery.messageId,
  });
  try {
    await options.mailer.send(mail);
  } catch (error) {
    return recordFailure(options, networkId, delivery, error as Error & { responseCode?: number });
  }
  await markSent(options, networkId, delivery);
}

/**
 * SMTP has accepted the message: from here on only the record may be retried, never the send. A
 * database that fails now (a dropped connection, a failover) is waited out; only a stopping
 * instance gives up, leaving the claim to expire, as a crash would (ADR 0008).
 */
async function markSent(options: RunnerOptions, networkId: string, delivery: Claimed) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await mark(options.db, networkId, delivery.id, {
        status: 'sent',
        sentAt: new Date(),
        lastError: null,
      });
    } catch (error) {
      if (options.signal.aborted) throw error;
      options.log.warn({ err: error, attempt }, 'sent mail not yet recorded; retrying the record');
      await sleep(Math.min(MARK_RETRY_MAX_MS, MARK_RETRY_MS * 2 ** attempt));
    }
  }
}

/** 4xx and connection trouble are retried later; 5xx is final (a rejected address is a bounce). */
async function recordFailure(
  options: RunnerOptions,
  networkId: string,
  delivery: Claimed,
  error: Error & { responseCode?: number },
) {
  const code = error.responseCode ?? 0;
  const message = `${code || ''} ${error.message}`.trim().slice(0, 500);
  if (code >= 500) {
    const rejected = [550, 551, 553].includes(code);
    await mark(options.db, networkId, delivery.id, {
      status: rejected ? 'bounced' : 'failed',
      lastError: message,
    });
    if (rejected) await q.markBounced(options.db, { networkId, subscriberId: delivery.subscriberId });
    return;
  }
  if (delivery.attempts >= MAX_ATTEMPTS)
    return mark(options.db, networkId, delivery.id, { status: 'failed', lastError: message });
  const backoffSeconds = Math.min(300, 2 ** delivery.attempts);
  options.log.warn(
    { to: delivery.email, attempt: delivery.attempts, error: message },
    'mail not accepted; will retry',
  );
  await mark(options.db, networkId, delivery.id, {
    status: 'pending',
    lastError: message,
    notBefore: new Date(Date.now() + backoffSeconds * 1000),
  });
}

/** Gives back claimed messages not yet sent, so the next runner need not wait out their claim. */
async function release(db: Db, networkId: string, unsent: Claimed[]): Promise<never> {
  await q.releaseDeliveries(db, { networkId, deliveryIds: unsent.map((d) => d.id) });
  throw new Error('stopping: the campaign continues on the next run');
}

const mark = (db: Db, networkId: string, deliveryId: string, change: Partial<q.DeliveryRow>) =>
  q.updateDelivery(db, { networkId, deliveryId, change });

/** Closes the campaign once no message is waiting or in flight. */
async function finishIfDone(db: Db, job: CampaignJob): Promise<boolean> {
  if (await q.hasOpenDeliveries(db, job)) return false;
  await q.finishCampaign(db, job);
  return true;
}

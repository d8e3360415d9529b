import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '#server/db/client.ts';
import { events } from '#server/features/events/events.tables.ts';
import { networks } from '#server/features/networks/networks.tables.ts';
import type { Jobs } from '#server/platform/jobs.ts';
import type { Mailer } from '#server/platform/mail.ts';
import { campaignMail } from './campaign-mail.ts';
import { campaigns, deliveries, mailingLists, subscribers } from './outreach.tables.ts';
import { unsubscribeToken } from './subscriptions.ts';

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

type Claimed = typeof deliveries.$inferSelect;
type Recipient = Pick<typeof subscribers.$inferSelect, 'id' | 'language' | 'status' | 'listId'> & {
  listName: string;
};

/** Queues a campaign to start now or at `at`; several queued runs of one campaign are harmless. */
export async function queueCampaign(jobs: Jobs, campaignId: string, at: Date | null = null) {
  await jobs.send(
    CAMPAIGN_QUEUE,
    { campaignId },
    { ...(at ? { startAfter: at } : {}), retryLimit: 20, retryDelay: 5, retryBackoff: true },
  );
}

/**
 * Starts this instance's campaign worker and picks up campaigns a stopped instance left mid-way,
 * and scheduled ones that have no job waiting.
 */
export async function startCampaignWorker(options: RunnerOptions): Promise<void> {
  await options.jobs.createQueue(CAMPAIGN_QUEUE);
  await options.jobs.work<{ campaignId: string }>(CAMPAIGN_QUEUE, { localConcurrency: 2 }, async ([job]) => {
    if (job) await runCampaign(options, job.data.campaignId);
  });
  const unfinished = await options.db
    .select({ id: campaigns.id, status: campaigns.status, scheduledAt: campaigns.scheduledAt })
    .from(campaigns)
    .where(inArray(campaigns.status, ['sending', 'scheduled']));
  for (const { id, status, scheduledAt } of unfinished) {
    if (status === 'sending') await queueCampaign(options.jobs, id);
    // A scheduled campaign whose job is gone (a restored backup carries no jobs) is queued again, once.
    else if (!(await isQueued(options.jobs, id))) await queueCampaign(options.jobs, id, scheduledAt);
  }
}

async function isQueued(jobs: Jobs, campaignId: string): Promise<boolean> {
  return (await jobs.findJobs(CAMPAIGN_QUEUE, { data: { campaignId }, queued: true, limit: 1 })).length > 0;
}

/**
 * Sends a campaign to completion. Every recipient's delivery row is created once, claimed under
 * SKIP LOCKED before its message goes to SMTP and marked right after, so concurrent runners share
 * the work and a restarted one resends only what was in flight when its predecessor died.
 */
export async function runCampaign(options: RunnerOptions, campaignId: string): Promise<void> {
  const { db } = options;
  const campaign = await begin(db, campaignId);
  if (!campaign) return;
  const context = await loadContext(db, campaign);
  const gapMs = options.messagesPerMinute > 0 ? 60_000 / options.messagesPerMinute : 0;
  // A claimed batch must be sent well within the claim time, or another runner would take it over.
  const batchSize =
    gapMs > 0 ? Math.max(1, Math.min(BATCH, Math.floor((options.claimSeconds * 500) / gapMs))) : BATCH;
  let nextAt = 0;
  for (;;) {
    options.signal.throwIfAborted();
    const batch = await claim(db, campaignId, options.claimSeconds, batchSize);
    if (batch.length === 0) {
      if (await finishIfDone(db, campaignId)) return options.log.info({ campaignId }, 'campaign sent');
      await sleep(IDLE_MS); // retries waiting for their time, or another runner's messages in flight
      continue;
    }
    const recipients = await recipientsOf(db, batch);
    let next = 0;
    // Unthrottled, one message per pooled SMTP connection is in flight; throttled, one at a time.
    const lane = async () => {
      for (let delivery = batch[next]; delivery && !options.signal.aborted; delivery = batch[next]) {
        next++;
        const wait = nextAt - Date.now();
        nextAt = Math.max(nextAt, Date.now()) + gapMs;
        if (wait > 0) await sleep(wait);
        await deliver(options, context, delivery, recipients.get(delivery.subscriberId));
      }
    };
    await Promise.all(Array.from({ length: gapMs > 0 ? 1 : SMTP_LANES }, lane));
    if (options.signal.aborted) return release(db, batch.slice(next));
  }
}

/** The current status, language and list of each claimed message's subscriber. */
async function recipientsOf(db: Db, batch: Claimed[]): Promise<Map<string, Recipient>> {
  const rows = await db
    .select({
      id: subscribers.id,
      language: subscribers.language,
      status: subscribers.status,
      listId: subscribers.listId,
      listName: mailingLists.name,
    })
    .from(subscribers)
    .innerJoin(mailingLists, eq(mailingLists.id, subscribers.listId))
    .where(
      inArray(
        subscribers.id,
        batch.map((d) => d.subscriberId),
      ),
    );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Marks the campaign started and creates its deliveries, once; null when there is nothing to do. */
async function begin(db: Db, campaignId: string) {
  return db.transaction(async (tx) => {
    const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('update');
    if (!campaign || campaign.status === 'sent' || campaign.status === 'draft') return null;
    if (!campaign.startedAt) {
      // One message per address even when it is on several of the lists.
      await tx.execute(sql`
        INSERT INTO deliveries (campaign_id, subscriber_id, email, message_id)
        SELECT DISTINCT ON (s.email) ${campaignId}::uuid, s.id, s.email, '<' || ${campaignId} || '.' || s.id || '@verkosto>'
        FROM subscribers s
        WHERE s.list_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(campaign.listIds)}::jsonb)::uuid)
          AND s.status = 'confirmed'
        ORDER BY s.email, s.created_at
        ON CONFLICT (campaign_id, email) DO NOTHING`);
      await tx
        .update(campaigns)
        .set({ status: 'sending', startedAt: new Date() })
        .where(eq(campaigns.id, campaignId));
    } else if (campaign.status === 'scheduled') {
      await tx.update(campaigns).set({ status: 'sending' }).where(eq(campaigns.id, campaignId));
    }
    return campaign;
  });
}

async function loadContext(db: Db, campaign: typeof campaigns.$inferSelect) {
  const [network] = await db.select().from(networks).where(eq(networks.id, campaign.networkId));
  if (!network) throw new Error(`network of campaign ${campaign.id} is gone`);
  const [event] = campaign.eventId
    ? await db.select().from(events).where(eq(events.id, campaign.eventId))
    : [];
  return { campaign, network, event: event ?? null };
}

/** Takes the next messages due: waiting ones, and ones whose sender stopped answering. */
async function claim(db: Db, campaignId: string, claimSeconds: number, limit: number): Promise<Claimed[]> {
  const result = await db.execute<Claimed>(sql`
    UPDATE deliveries SET status = 'sending', claimed_at = now(), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM deliveries
      WHERE campaign_id = ${campaignId}
        AND ((status = 'pending' AND (not_before IS NULL OR not_before <= now()))
          OR (status = 'sending' AND claimed_at < now() - make_interval(secs => ${claimSeconds})))
      ORDER BY email
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, subscriber_id AS "subscriberId", email, message_id AS "messageId", attempts`);
  return (result as unknown as { rows: Claimed[] }).rows;
}

async function deliver(
  options: RunnerOptions,
  context: Awaited<ReturnType<typeof loadContext>>,
  delivery: Claimed,
  recipient: Recipient | undefined,
) {
  const { db } = options;
  // Unsubscribed since the campaign started: takes effect at once, also mid-campaign.
  if (recipient?.status !== 'confirmed') {
    return mark(db, delivery.id, { status: 'failed', lastError: 'unsubscribed before sending' });
  }
  const mail = campaignMail({
    publicUrl: options.publicUrl,
    network: context.network,
    list: { id: recipient.listId, name: recipient.listName },
    sender: options.mailer.sender,
    campaign: context.campaign,
    event: context.event,
    recipient: { email: delivery.email, language: recipient.language },
    unsubscribeUrl: `${options.publicUrl}/unsubscribe/${unsubscribeToken(options.secret, delivery.subscriberId)}`,
    messageId: delivery.messageId,
  });
  try {
    await options.mailer.send(mail);
  } catch (error) {
    return recordFailure(options, delivery, error as Error & { responseCode?: number });
  }
  await markSent(options, delivery);
}

/**
 * SMTP has accepted the message: from here on only the record may be retried, never the send. A
 * database that fails now (a dropped connection, a failover) is waited out; only a stopping
 * instance gives up, leaving the claim to expire, as a crash would (ADR 0008).
 */
async function markSent(options: RunnerOptions, delivery: Claimed) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await mark(options.db, delivery.id, { status: 'sent', sentAt: new Date(), lastError: null });
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
  delivery: Claimed,
  error: Error & { responseCode?: number },
) {
  const code = error.responseCode ?? 0;
  const message = `${code || ''} ${error.message}`.trim().slice(0, 500);
  if (code >= 500) {
    const rejected = [550, 551, 553].includes(code);
    await mark(options.db, delivery.id, { status: rejected ? 'bounced' : 'failed', lastError: message });
    if (rejected)
      await options.db
        .update(subscribers)
        .set({ status: 'bounced' })
        .where(eq(subscribers.id, delivery.subscriberId));
    return;
  }
  if (delivery.attempts >= MAX_ATTEMPTS)
    return mark(options.db, delivery.id, { status: 'failed', lastError: message });
  const backoffSeconds = Math.min(300, 2 ** delivery.attempts);
  options.log.warn(
    { to: delivery.email, attempt: delivery.attempts, error: message },
    'mail not accepted; will retry',
  );
  await mark(options.db, delivery.id, {
    status: 'pending',
    lastError: message,
    notBefore: new Date(Date.now() + backoffSeconds * 1000),
  });
}

/** Gives back claimed messages not yet sent, so the next runner need not wait out their claim. */
async function release(db: Db, unsent: Claimed[]): Promise<never> {
  await db
    .update(deliveries)
    .set({ status: 'pending', claimedAt: null })
    .where(
      and(
        inArray(
          deliveries.id,
          unsent.map((d) => d.id),
        ),
        eq(deliveries.status, 'sending'),
      ),
    );
  throw new Error('stopping: the campaign continues on the next run');
}

async function mark(db: Db, id: string, change: Partial<typeof deliveries.$inferInsert>) {
  await db.update(deliveries).set(change).where(eq(deliveries.id, id));
}

/** Closes the campaign once no message is waiting or in flight. */
async function finishIfDone(db: Db, campaignId: string): Promise<boolean> {
  const open = await db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(and(eq(deliveries.campaignId, campaignId), inArray(deliveries.status, ['pending', 'sending'])))
    .limit(1);
  if (open.length > 0) return false;
  await db
    .update(campaigns)
    .set({ status: 'sent', finishedAt: new Date() })
    .where(and(eq(campaigns.id, campaignId), isNull(campaigns.finishedAt)));
  return true;
}

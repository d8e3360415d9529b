import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { events } from '#server/features/events/events.tables.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { BadRequest, Conflict, NotFound } from '#server/platform/errors.ts';
import {
  type Campaign,
  type CampaignInput,
  CampaignInputSchema,
  DELIVERY_STATUSES,
} from '#shared/outreach.ts';
import { campaigns, deliveries, mailingLists } from './outreach.tables.ts';
import { confirmedCount } from './subscriptions.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

/** The lists must be this network's; a linked event too. */
async function checkTargets(
  db: Db,
  network: NetworkRow,
  input: { listIds: string[]; eventId: string | null },
) {
  const lists = await db
    .select({ id: mailingLists.id })
    .from(mailingLists)
    .where(and(eq(mailingLists.networkId, network.id), inArray(mailingLists.id, input.listIds)));
  if (lists.length !== new Set(input.listIds).size)
    throw new BadRequest('Unknown list.', { listIds: 'choose lists of this network' });
  if (input.eventId) {
    const [event] = await db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.networkId, network.id)));
    if (!event) throw new BadRequest('Unknown event.', { eventId: 'choose an event of this network' });
  }
}

export async function createCampaign(db: Db, network: NetworkRow, input: CampaignInput, userId: string) {
  const fields = CampaignInputSchema.parse(input);
  await checkTargets(db, network, fields);
  const [row] = await db
    .insert(campaigns)
    .values({ networkId: network.id, ...fields, createdBy: userId })
    .returning();
  if (!row) throw new Error('no campaign row returned');
  return row;
}

export async function getCampaign(db: Db, network: NetworkRow, campaignId: string): Promise<CampaignRow> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.networkId, network.id)));
  if (!row) throw new NotFound('The campaign');
  return row;
}

/** Drafts (and scheduled ones, which go back to draft) can be edited; sent ones cannot. */
export async function updateCampaign(db: Db, network: NetworkRow, campaignId: string, input: CampaignInput) {
  const fields = CampaignInputSchema.parse(input);
  await checkTargets(db, network, fields);
  const [row] = await db
    .update(campaigns)
    .set({ ...fields, status: 'draft', scheduledAt: null })
    .where(
      and(
        eq(campaigns.id, campaignId),
        eq(campaigns.networkId, network.id),
        inArray(campaigns.status, ['draft', 'scheduled']),
      ),
    )
    .returning();
  if (!row) {
    await getCampaign(db, network, campaignId);
    throw new Conflict('This campaign is already being sent; it cannot be changed.');
  }
  return row;
}

export async function listCampaigns(db: Db, network: NetworkRow): Promise<CampaignRow[]> {
  return db
    .select()
    .from(campaigns)
    .where(eq(campaigns.networkId, network.id))
    .orderBy(desc(campaigns.createdAt));
}

/**
 * Marks a draft for sending (now or at `at`); refuses a campaign already sent or sending and one
 * whose lists have no confirmed address. Returns when to start.
 */
export async function markForSending(
  db: Db,
  network: NetworkRow,
  campaignId: string,
  at: Date | null,
): Promise<CampaignRow> {
  const campaign = await getCampaign(db, network, campaignId);
  if (campaign.status === 'sending' || campaign.status === 'sent') {
    throw new Conflict('This campaign has already been sent.', { campaign: 'already sent' });
  }
  if ((await confirmedCount(db, campaign.listIds)) === 0) {
    throw new BadRequest('The chosen lists have no confirmed addresses.', {
      listIds: 'no confirmed addresses',
    });
  }
  const [row] = await db
    .update(campaigns)
    .set({ status: at ? 'scheduled' : 'sending', scheduledAt: at })
    .where(and(eq(campaigns.id, campaignId), inArray(campaigns.status, ['draft', 'scheduled'])))
    .returning();
  if (!row) throw new Conflict('This campaign has already been sent.', { campaign: 'already sent' });
  return row;
}

export async function deliveryCounts(db: Db, campaignIds: string[]) {
  const rows = campaignIds.length
    ? await db
        .select({ campaignId: deliveries.campaignId, status: deliveries.status, n: count() })
        .from(deliveries)
        .where(inArray(deliveries.campaignId, campaignIds))
        .groupBy(deliveries.campaignId, deliveries.status)
    : [];
  return (campaignId: string) => {
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Campaign['counts'];
    for (const r of rows) if (r.campaignId === campaignId) counts[r.status] = r.n;
    return counts;
  };
}

export async function presentCampaigns(db: Db, rows: CampaignRow[]): Promise<Campaign[]> {
  const countsOf = await deliveryCounts(
    db,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map(async (row) => {
      const counts = countsOf(row.id);
      const materialised = Object.values(counts).reduce((a, b) => a + b, 0);
      return {
        id: row.id,
        template: row.template,
        subject: row.subject,
        body: row.body,
        translations: row.translations,
        listIds: row.listIds,
        eventId: row.eventId,
        status: row.status,
        scheduledAt: row.scheduledAt?.toISOString() ?? null,
        startedAt: row.startedAt?.toISOString() ?? null,
        finishedAt: row.finishedAt?.toISOString() ?? null,
        counts,
        recipients: row.startedAt ? materialised : await confirmedCount(db, row.listIds),
      };
    }),
  );
}

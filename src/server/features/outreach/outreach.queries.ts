import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import type { LocalizedText } from '#shared/common.ts';
import { campaignLists, campaigns, deliveries, mailingLists, subscribers } from './outreach.tables.ts';

/**
 * Outreach's data access. Every function takes the network and uses it in its `where`, except the
 * few marked "installation-wide": a link's secret token or the campaign worker names their rows.
 */
type Scope = { networkId: string };

export type ListRow = typeof mailingLists.$inferSelect;
export type SubscriberRow = typeof subscribers.$inferSelect;
export type NewSubscriber = typeof subscribers.$inferInsert;
type CampaignColumns = typeof campaigns.$inferInsert;
/** A campaign with its lists' ids, in the order they were chosen. */
export type CampaignRow = typeof campaigns.$inferSelect & { listIds: string[] };
export type NewCampaign = CampaignColumns & { listIds: string[] };
export type DeliveryRow = typeof deliveries.$inferSelect;

const inList = (params: Scope & { listId: string }) =>
  and(eq(subscribers.networkId, params.networkId), eq(subscribers.listId, params.listId));
const isCampaign = (params: Scope & { campaignId: string }) =>
  and(eq(campaigns.networkId, params.networkId), eq(campaigns.id, params.campaignId));

/** A campaign's columns and its lists' ids in order, read in the same query. */
const campaignWithLists = {
  ...getTableColumns(campaigns),
  listIds: sql<string[]>`coalesce((
    SELECT jsonb_agg(${campaignLists.listId} ORDER BY ${campaignLists.position}) FROM ${campaignLists}
    WHERE ${campaignLists.networkId} = ${campaigns.networkId} AND ${campaignLists.campaignId} = ${campaigns.id}
  ), '[]'::jsonb)`,
};

// --- Lists ---------------------------------------------------------------------------------

export async function insertList(db: Tx, values: typeof mailingLists.$inferInsert): Promise<ListRow> {
  const [row] = await db.insert(mailingLists).values(values).returning();
  if (!row) throw new Error('no list row returned');
  return row;
}

export async function updateList(
  db: Tx,
  params: Scope & { listId: string; change: Partial<typeof mailingLists.$inferInsert> },
): Promise<ListRow | null> {
  const [row] = await db
    .update(mailingLists)
    .set(params.change)
    .where(and(eq(mailingLists.id, params.listId), eq(mailingLists.networkId, params.networkId)))
    .returning();
  return row ?? null;
}

export async function findList(db: Tx, params: Scope & { listId: string }): Promise<ListRow | null> {
  const [row] = await db
    .select()
    .from(mailingLists)
    .where(and(eq(mailingLists.id, params.listId), eq(mailingLists.networkId, params.networkId)));
  return row ?? null;
}

export async function listLists(db: Tx, params: Scope): Promise<ListRow[]> {
  return db
    .select()
    .from(mailingLists)
    .where(eq(mailingLists.networkId, params.networkId))
    .orderBy(asc(mailingLists.createdAt));
}

/** The lists people may join on the network's public interest form. */
export async function listListsOnForm(db: Tx, params: Scope) {
  return db
    .select({ id: mailingLists.id, name: mailingLists.name, description: mailingLists.publicDescription })
    .from(mailingLists)
    .where(and(eq(mailingLists.networkId, params.networkId), eq(mailingLists.onInterestForm, true)))
    .orderBy(asc(mailingLists.createdAt));
}

/** Which of these ids are lists of the network. */
export async function existingListIds(db: Tx, params: Scope & { listIds: string[] }): Promise<string[]> {
  if (params.listIds.length === 0) return [];
  const rows = await db
    .select({ id: mailingLists.id })
    .from(mailingLists)
    .where(and(eq(mailingLists.networkId, params.networkId), inArray(mailingLists.id, params.listIds)));
  return rows.map((r) => r.id);
}

export async function listNames(db: Tx, params: Scope & { listIds: string[] }): Promise<LocalizedText[]> {
  if (params.listIds.length === 0) return [];
  const rows = await db
    .select({ name: mailingLists.name })
    .from(mailingLists)
    .where(and(eq(mailingLists.networkId, params.networkId), inArray(mailingLists.id, params.listIds)))
    .orderBy(asc(mailingLists.createdAt));
  return rows.map((r) => r.name);
}

/** How many addresses each list has in each status. */
export async function subscriberTallies(db: Tx, params: Scope & { listIds: string[] }) {
  if (params.listIds.length === 0) return [];
  return db
    .select({ listId: subscribers.listId, status: subscribers.status, n: count() })
    .from(subscribers)
    .where(and(eq(subscribers.networkId, params.networkId), inArray(subscribers.listId, params.listIds)))
    .groupBy(subscribers.listId, subscribers.status);
}

// --- Subscribers ---------------------------------------------------------------------------

export async function listSubscribers(db: Tx, params: Scope & { listId: string }): Promise<SubscriberRow[]> {
  return db.select().from(subscribers).where(inList(params)).orderBy(asc(subscribers.email));
}

/** Deletes an address from a list, its deliveries with it (cascade); false when there is none. */
export async function deleteSubscriber(
  db: Tx,
  params: Scope & { listId: string; subscriberId: string },
): Promise<boolean> {
  const removed = await db
    .delete(subscribers)
    .where(and(inList(params), eq(subscribers.id, params.subscriberId)))
    .returning({ id: subscribers.id });
  return removed.length > 0;
}

export async function addressesOn(db: Tx, params: Scope & { listId: string }): Promise<Set<string>> {
  const rows = await db.select({ email: subscribers.email }).from(subscribers).where(inList(params));
  return new Set(rows.map((r) => r.email));
}

/**
 * Writes pending subscriptions; an address already confirmed on a list stays as it is. Returns
 * how many rows became pending.
 */
export async function upsertPending(
  db: Tx,
  params: Scope & { rows: Omit<NewSubscriber, 'networkId'>[] },
): Promise<number> {
  const pending = await db
    .insert(subscribers)
    .values(params.rows.map((r) => ({ ...r, networkId: params.networkId })))
    .onConflictDoUpdate({
      target: [subscribers.listId, subscribers.email],
      set: {
        name: sql`excluded.name`,
        organisation: sql`excluded.organisation`,
        organisationType: sql`excluded.organisation_type`,
        role: sql`excluded.role`,
        topics: sql`excluded.topics`,
        language: sql`excluded.language`,
        status: 'pending',
        source: sql`excluded.source`,
        sourceBy: sql`excluded.source_by`,
        consentVersion: sql`excluded.consent_version`,
        consentText: sql`excluded.consent_text`,
        consentAt: sql`excluded.consent_at`,
        confirmTokenHash: sql`excluded.confirm_token_hash`,
        confirmExpiresAt: sql`excluded.confirm_expires_at`,
      },
      // The conflict is on (list, email); the list's key makes the row's network the same.
      setWhere: sql`${subscribers.status} <> 'confirmed' AND ${subscribers.networkId} = ${params.networkId}`,
    })
    .returning({ id: subscribers.id });
  return pending.length;
}

/** Adds rows as they are; rows already on their list are skipped. Returns how many were added. */
export async function insertSubscribersIfNew(
  db: Tx,
  params: Scope & { rows: Omit<NewSubscriber, 'networkId'>[] },
): Promise<number> {
  if (params.rows.length === 0) return 0;
  const inserted = await db
    .insert(subscribers)
    .values(params.rows.map((r) => ({ ...r, networkId: params.networkId })))
    .onConflictDoNothing()
    .returning({ id: subscribers.id });
  return inserted.length;
}

/** Installation-wide: the confirmation link's token hash names the rows. */
export async function confirmByTokenHash(db: Tx, params: { tokenHash: string; now: Date }) {
  return (
    db
      .update(subscribers)
      // The token's hash stays, so the link, opened again, says the lists are confirmed.
      .set({ status: 'confirmed', confirmedAt: params.now })
      .where(
        and(
          eq(subscribers.confirmTokenHash, params.tokenHash),
          eq(subscribers.status, 'pending'),
          gt(subscribers.confirmExpiresAt, params.now),
        ),
      )
      .returning({ listId: subscribers.listId, networkId: subscribers.networkId })
  );
}

/** The rows one confirmation link names (one form submission), whatever their state now. */
export async function findByConfirmTokenHash(db: Tx, params: { tokenHash: string }) {
  return db
    .select({
      networkId: subscribers.networkId,
      listId: subscribers.listId,
      status: subscribers.status,
      expiresAt: subscribers.confirmExpiresAt,
    })
    .from(subscribers)
    .where(eq(subscribers.confirmTokenHash, params.tokenHash));
}

/** Installation-wide: the row an unsubscribe link's signature names. */
export async function findSubscriber(db: Tx, params: { subscriberId: string }) {
  const [row] = await db
    .select({
      id: subscribers.id,
      networkId: subscribers.networkId,
      listId: subscribers.listId,
      email: subscribers.email,
      status: subscribers.status,
    })
    .from(subscribers)
    .where(eq(subscribers.id, params.subscriberId));
  return row ?? null;
}

/** Every list of the network one address is on, whatever the row's state. */
export async function subscriptionsOf(db: Tx, params: Scope & { email: string }) {
  return db
    .select({ id: subscribers.id, listId: subscribers.listId, status: subscribers.status })
    .from(subscribers)
    .where(and(eq(subscribers.networkId, params.networkId), eq(subscribers.email, params.email)));
}

/** Installation-wide: the unsubscribe link's signature names the row. Unsubscribing twice is fine. */
export async function unsubscribeById(db: Tx, params: { subscriberId: string }) {
  const [row] = await db
    .update(subscribers)
    .set({ status: 'unsubscribed', unsubscribedAt: sql`coalesce(${subscribers.unsubscribedAt}, now())` })
    .where(eq(subscribers.id, params.subscriberId))
    .returning({ email: subscribers.email, listId: subscribers.listId, networkId: subscribers.networkId });
  return row ?? null;
}

export async function markBounced(db: Tx, params: Scope & { subscriberId: string }): Promise<void> {
  await db
    .update(subscribers)
    .set({ status: 'bounced' })
    .where(and(eq(subscribers.networkId, params.networkId), eq(subscribers.id, params.subscriberId)));
}

/** Distinct confirmed addresses on these lists: one message each when a campaign goes out. */
export async function confirmedCount(db: Tx, params: Scope & { listIds: string[] }): Promise<number> {
  if (params.listIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${subscribers.email})::int` })
    .from(subscribers)
    .where(
      and(
        eq(subscribers.networkId, params.networkId),
        inArray(subscribers.listId, params.listIds),
        eq(subscribers.status, 'confirmed'),
      ),
    );
  return row?.n ?? 0;
}

/** The current status, language and list of the subscribers of claimed messages. */
export async function recipients(db: Tx, params: Scope & { subscriberIds: string[] }) {
  if (params.subscriberIds.length === 0) return [];
  return db
    .select({
      id: subscribers.id,
      language: subscribers.language,
      status: subscribers.status,
      listId: subscribers.listId,
      listName: mailingLists.name,
    })
    .from(subscribers)
    .innerJoin(
      mailingLists,
      and(eq(mailingLists.networkId, subscribers.networkId), eq(mailingLists.id, subscribers.listId)),
    )
    .where(and(eq(subscribers.networkId, params.networkId), inArray(subscribers.id, params.subscriberIds)));
}

// --- Campaigns -----------------------------------------------------------------------------

/** Writes a campaign and its lists; call it in a transaction, so neither is kept without the other. */
export async function insertCampaign(db: Tx, values: NewCampaign): Promise<CampaignRow> {
  const { listIds, ...columns } = values;
  const [row] = await db.insert(campaigns).values(columns).returning();
  if (!row) throw new Error('no campaign row returned');
  await writeCampaignLists(db, { networkId: row.networkId, campaignId: row.id, listIds });
  return { ...row, listIds };
}

/** The campaign's lists become these, in this order. */
async function writeCampaignLists(db: Tx, params: Scope & { campaignId: string; listIds: string[] }) {
  const { networkId, campaignId } = params;
  await db
    .delete(campaignLists)
    .where(and(eq(campaignLists.networkId, networkId), eq(campaignLists.campaignId, campaignId)));
  if (params.listIds.length === 0) return;
  const rows = params.listIds.map((listId, position) => ({ networkId, campaignId, listId, position }));
  await db.insert(campaignLists).values(rows);
}

export async function findCampaign(
  db: Tx,
  params: Scope & { campaignId: string; forUpdate?: boolean },
): Promise<CampaignRow | null> {
  const query = db.select(campaignWithLists).from(campaigns).where(isCampaign(params));
  const [row] = await (params.forUpdate ? query.for('update') : query);
  return row ?? null;
}

export async function listCampaigns(db: Tx, params: Scope): Promise<CampaignRow[]> {
  return db
    .select(campaignWithLists)
    .from(campaigns)
    .where(eq(campaigns.networkId, params.networkId))
    .orderBy(desc(campaigns.createdAt));
}

/**
 * Changes a campaign not yet being sent (draft or scheduled), its lists too when given; null when
 * it is sending or sent. Call it in a transaction, so the campaign and its lists change together.
 */
export async function updateUnsentCampaign(
  db: Tx,
  params: Scope & { campaignId: string; change: Partial<NewCampaign> },
): Promise<CampaignRow | null> {
  const { listIds, ...columns } = params.change;
  const [row] = await db
    .update(campaigns)
    .set(columns)
    .where(and(isCampaign(params), inArray(campaigns.status, ['draft', 'scheduled'])))
    .returning({ id: campaigns.id });
  if (!row) return null;
  if (listIds) await writeCampaignLists(db, { ...params, listIds });
  return findCampaign(db, params);
}

export async function updateCampaign(
  db: Tx,
  params: Scope & { campaignId: string; change: Partial<CampaignColumns> },
): Promise<void> {
  await db.update(campaigns).set(params.change).where(isCampaign(params));
}

/** Closes the campaign, once. */
export async function finishCampaign(db: Tx, params: Scope & { campaignId: string }): Promise<void> {
  await db
    .update(campaigns)
    .set({ status: 'sent', finishedAt: new Date() })
    .where(and(isCampaign(params), isNull(campaigns.finishedAt)));
}

/** Installation-wide, for the worker starting up: campaigns sending or waiting for their time. */
export async function listUnfinishedCampaigns(db: Tx): Promise<CampaignRow[]> {
  return db
    .select(campaignWithLists)
    .from(campaigns)
    .where(inArray(campaigns.status, ['sending', 'scheduled']));
}

// --- Deliveries ----------------------------------------------------------------------------

/** How many of each campaign's messages are in each status. */
export async function deliveryTallies(db: Tx, params: Scope & { campaignIds: string[] }) {
  if (params.campaignIds.length === 0) return [];
  return db
    .select({ campaignId: deliveries.campaignId, status: deliveries.status, n: count() })
    .from(deliveries)
    .where(
      and(eq(deliveries.networkId, params.networkId), inArray(deliveries.campaignId, params.campaignIds)),
    )
    .groupBy(deliveries.campaignId, deliveries.status);
}

/** One delivery per confirmed address on the campaign's lists (an address on several gets one). */
export async function createDeliveries(db: Tx, params: Scope & { campaignId: string }): Promise<void> {
  await db.execute(sql`
    INSERT INTO deliveries (network_id, campaign_id, subscriber_id, email, message_id)
    SELECT DISTINCT ON (s.email) s.network_id, ${params.campaignId}::uuid, s.id, s.email,
      '<' || ${params.campaignId} || '.' || s.id || '@verkosto>'
    FROM subscribers s
    WHERE s.network_id = ${params.networkId}
      AND s.list_id IN (SELECT list_id FROM campaign_lists
        WHERE network_id = ${params.networkId} AND campaign_id = ${params.campaignId})
      AND s.status = 'confirmed'
    ORDER BY s.email, s.created_at
    ON CONFLICT (campaign_id, email) DO NOTHING`);
}

export type ClaimedDelivery = Pick<DeliveryRow, 'id' | 'subscriberId' | 'email' | 'messageId' | 'attempts'>;

/** Takes the next messages due, under SKIP LOCKED: waiting ones, and ones whose sender went quiet. */
export async function claimDeliveries(
  db: Tx,
  params: Scope & { campaignId: string; claimSeconds: number; limit: number },
): Promise<ClaimedDelivery[]> {
  const result = await db.execute<ClaimedDelivery>(sql`
    UPDATE deliveries SET status = 'sending', claimed_at = now(), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM deliveries
      WHERE network_id = ${params.networkId} AND campaign_id = ${params.campaignId}
        AND ((status = 'pending' AND (not_before IS NULL OR not_before <= now()))
          OR (status = 'sending' AND claimed_at < now() - make_interval(secs => ${params.claimSeconds})))
      ORDER BY email
      LIMIT ${params.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, subscriber_id AS "subscriberId", email, message_id AS "messageId", attempts`);
  return (result as unknown as { rows: ClaimedDelivery[] }).rows;
}

export async function updateDelivery(
  db: Tx,
  params: Scope & { deliveryId: string; change: Partial<typeof deliveries.$inferInsert> },
): Promise<void> {
  await db
    .update(deliveries)
    .set(params.change)
    .where(and(eq(deliveries.networkId, params.networkId), eq(deliveries.id, params.deliveryId)));
}

/** Gives back claimed messages not yet sent. */
export async function releaseDeliveries(db: Tx, params: Scope & { deliveryIds: string[] }): Promise<void> {
  if (params.deliveryIds.length === 0) return;
  await db
    .update(deliveries)
    .set({ status: 'pending', claimedAt: null })
    .where(
      and(
        eq(deliveries.networkId, params.networkId),
        inArray(deliveries.id, params.deliveryIds),
        eq(deliveries.status, 'sending'),
      ),
    );
}

/** Whether a message of the campaign is still waiting or in flight. */
export async function hasOpenDeliveries(db: Tx, params: Scope & { campaignId: string }): Promise<boolean> {
  const open = await db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.networkId, params.networkId),
        eq(deliveries.campaignId, params.campaignId),
        inArray(deliveries.status, ['pending', 'sending']),
      ),
    )
    .limit(1);
  return open.length > 0;
}

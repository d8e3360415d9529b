import { and, asc, count, eq, inArray, lt } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import { networkSlugs } from '#server/features/networks/networks.personal-data.ts';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { campaigns, deliveries, mailingLists, subscribers } from './outreach.tables.ts';

type SubscriberRow = typeof subscribers.$inferSelect;

/** The messages sent to these subscriptions, with the subject each recipient got. */
async function messagesTo(db: Tx, subscriptions: SubscriberRow[]) {
  if (subscriptions.length === 0) return [];
  return db
    .select({
      subscriberId: deliveries.subscriberId,
      status: deliveries.status,
      sentAt: deliveries.sentAt,
      subject: campaigns.subject,
      translations: campaigns.translations,
    })
    .from(deliveries)
    .innerJoin(campaigns, eq(campaigns.id, deliveries.campaignId))
    .where(
      inArray(
        deliveries.subscriberId,
        subscriptions.map((s) => s.id),
      ),
    )
    .orderBy(asc(campaigns.createdAt));
}

const present = (s: SubscriberRow) => ({
  status: s.status,
  name: s.name,
  organisation: s.organisation,
  organisationType: s.organisationType,
  role: s.role,
  topics: s.topics,
  language: s.language,
  addedAt: s.createdAt,
  source: s.source,
  sourceFile: s.sourceFile,
  consent: s.consentAt
    ? { version: s.consentVersion, text: s.consentText, at: s.consentAt, source: s.source }
    : null,
  confirmedAt: s.confirmedAt,
  unsubscribedAt: s.unsubscribedAt,
});

async function subscriptionsOf(db: Tx, email: string) {
  const rows = await db
    .select({ subscription: subscribers, list: mailingLists.name, networkId: mailingLists.networkId })
    .from(subscribers)
    .innerJoin(mailingLists, eq(mailingLists.id, subscribers.listId))
    .where(eq(subscribers.email, email))
    .orderBy(asc(subscribers.createdAt));
  const [slugs, messages] = await Promise.all([
    networkSlugs(
      db,
      rows.map((r) => r.networkId),
    ),
    messagesTo(
      db,
      rows.map((r) => r.subscription),
    ),
  ]);
  return rows.map(({ subscription, list, networkId }) => ({
    network: slugs.get(networkId) ?? null,
    list,
    ...present(subscription),
    messages: messages
      .filter((m) => m.subscriberId === subscription.id)
      .map((m) => ({
        subject: (m.translations[subscription.language] ?? m).subject,
        status: m.status,
        sentAt: m.sentAt,
      })),
  }));
}

/** What an organiser did that names them: campaigns created, addresses added by hand or import. */
async function organiserWorkOf(db: Tx, person: { userId: string; email: string }) {
  const created = await db
    .select({
      networkId: campaigns.networkId,
      subject: campaigns.subject,
      status: campaigns.status,
      createdAt: campaigns.createdAt,
    })
    .from(campaigns)
    .where(eq(campaigns.createdBy, person.userId))
    .orderBy(asc(campaigns.createdAt));
  const added = await db
    .select({
      networkId: mailingLists.networkId,
      list: mailingLists.name,
      source: subscribers.source,
      file: subscribers.sourceFile,
      addresses: count(),
    })
    .from(subscribers)
    .innerJoin(mailingLists, eq(mailingLists.id, subscribers.listId))
    .where(eq(subscribers.sourceBy, person.email))
    .groupBy(mailingLists.networkId, mailingLists.name, subscribers.source, subscribers.sourceFile);
  const slugs = await networkSlugs(
    db,
    [...created, ...added].map((r) => r.networkId),
  );
  const where = <T extends { networkId: string }>({ networkId, ...rest }: T) => ({
    network: slugs.get(networkId) ?? null,
    ...rest,
  });
  return { campaignsCreated: created.map(where), addressesAdded: added.map(where) };
}

/**
 * Mailing-list subscriptions found by the person's address in every network, with their consent
 * records and the messages sent; and, for organisers, the campaigns and imports that name them.
 */
export const outreachPersonalData: PersonalDataPart = {
  feature: 'outreach',
  // A campaign's lists name no one; they belong to the campaign, which names its creator.
  tables: ['subscribers', 'deliveries', 'campaigns', 'campaign_lists'],

  async exportOf(db, person) {
    return { mailingLists: await subscriptionsOf(db, person.email), ...(await organiserWorkOf(db, person)) };
  },

  async erase(tx, person) {
    // Their delivery records go with them (foreign key cascade).
    await tx.delete(subscribers).where(eq(subscribers.email, person.email));
    // Campaigns (with their lists) and imports stay the network's records; only who made them is forgotten.
    await tx.update(subscribers).set({ sourceBy: null }).where(eq(subscribers.sourceBy, person.email));
    await tx.update(campaigns).set({ createdBy: null }).where(eq(campaigns.createdBy, person.userId));
  },

  /** A subscription never confirmed is dropped once its confirmation link has expired. */
  async purgeExpired(db, now) {
    await db
      .delete(subscribers)
      .where(and(eq(subscribers.status, 'pending'), lt(subscribers.confirmExpiresAt, now)));
  },
};

import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, asc, count, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { BadRequest, NotFound } from '#server/platform/errors.ts';
import { hashToken, newToken } from '#server/platform/tokens.ts';
import type { Language } from '#shared/common.ts';
import {
  CONSENT_VERSION,
  type ImportRow,
  type InterestForm,
  type MailingList,
  type MailingListInput,
  MailingListInputSchema,
  type MailingListPatch,
  SUBSCRIBER_STATUSES,
  type Subscriber,
  type SubscriberSource,
} from '#shared/outreach.ts';
import type { OrganisationType } from '#shared/people.ts';
import { mailingLists, subscribers } from './outreach.tables.ts';

const CONFIRM_DAYS = 7;
type ListRow = typeof mailingLists.$inferSelect;
type SubscriberRow = typeof subscribers.$inferSelect;

// --- Lists ---------------------------------------------------------------------------------

export async function createList(db: Db, network: NetworkRow, input: MailingListInput): Promise<ListRow> {
  const [row] = await db
    .insert(mailingLists)
    .values({ networkId: network.id, ...MailingListInputSchema.parse(input) })
    .returning();
  if (!row) throw new Error('no list row returned');
  return row;
}

export async function updateList(db: Db, network: NetworkRow, listId: string, change: MailingListPatch) {
  if (Object.keys(change).length === 0) return getList(db, network, listId); // an empty SET is an SQL error
  const [row] = await db
    .update(mailingLists)
    .set(change)
    .where(and(eq(mailingLists.id, listId), eq(mailingLists.networkId, network.id)))
    .returning();
  if (!row) throw new NotFound('The list');
  return row;
}

export async function getList(db: Db, network: NetworkRow, listId: string): Promise<ListRow> {
  const [row] = await db
    .select()
    .from(mailingLists)
    .where(and(eq(mailingLists.id, listId), eq(mailingLists.networkId, network.id)));
  if (!row) throw new NotFound('The list');
  return row;
}

/** The lists people may join on the network's public interest form. */
export async function listsOnForm(db: Db, network: NetworkRow) {
  return db
    .select({ id: mailingLists.id, name: mailingLists.name, description: mailingLists.description })
    .from(mailingLists)
    .where(and(eq(mailingLists.networkId, network.id), eq(mailingLists.onInterestForm, true)))
    .orderBy(asc(mailingLists.createdAt));
}

/** The network's lists with how many addresses each has in each status. */
export async function listLists(db: Db, network: NetworkRow): Promise<MailingList[]> {
  const lists = await db
    .select()
    .from(mailingLists)
    .where(eq(mailingLists.networkId, network.id))
    .orderBy(asc(mailingLists.createdAt));
  const tallies = lists.length
    ? await db
        .select({ listId: subscribers.listId, status: subscribers.status, n: count() })
        .from(subscribers)
        .where(
          inArray(
            subscribers.listId,
            lists.map((l) => l.id),
          ),
        )
        .groupBy(subscribers.listId, subscribers.status)
    : [];
  return lists.map((list) => {
    const counts = Object.fromEntries(SUBSCRIBER_STATUSES.map((s) => [s, 0])) as MailingList['counts'];
    for (const t of tallies) if (t.listId === list.id) counts[t.status] = t.n;
    const { networkId: _n, createdAt: _c, ...rest } = list;
    return { ...rest, counts };
  });
}

export const presentSubscriber = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  name: row.name,
  organisation: row.organisation,
  organisationType: row.organisationType,
  language: row.language,
  status: row.status,
  source: row.source,
  sourceBy: row.sourceBy,
  sourceFile: row.sourceFile,
  consentVersion: row.consentVersion,
  consentAt: row.consentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export async function listSubscribers(db: Db, listId: string): Promise<SubscriberRow[]> {
  return db.select().from(subscribers).where(eq(subscribers.listId, listId)).orderBy(asc(subscribers.email));
}

/**
 * Erases an address from a list, as a person may ask (GDPR): the subscription and its delivery
 * records go; campaign counts then no longer include it. False when the list has no such address.
 */
export async function removeSubscriber(db: Db, listId: string, subscriberId: string): Promise<boolean> {
  const removed = await db
    .delete(subscribers)
    .where(and(eq(subscribers.id, subscriberId), eq(subscribers.listId, listId)))
    .returning({ id: subscribers.id });
  return removed.length > 0;
}

// --- Double opt-in -------------------------------------------------------------------------

type Pending = {
  email: string;
  name: string;
  organisation?: string;
  organisationType?: OrganisationType;
  role?: string;
  topics?: string[];
  language: Language;
  source: Extract<SubscriberSource, 'interest-form' | 'manual'>;
  /** The organiser who added the address by hand. */
  sourceBy?: string;
  consentText?: string;
};

/**
 * Puts an address on lists as pending, with one confirmation token for all of them. An address
 * already confirmed stays confirmed; an unsubscribed or bounced one starts over as pending.
 * Returns the token to e-mail, or null when there is nothing to confirm.
 */
export async function addPending(db: Db, listIds: string[], person: Pending): Promise<string | null> {
  const { token, hash } = newToken();
  const now = new Date();
  const values = listIds.map((listId) => ({
    listId,
    email: person.email,
    name: person.name,
    organisation: person.organisation || null,
    organisationType: person.organisationType ?? null,
    role: person.role || null,
    topics: person.topics ?? [],
    language: person.language,
    status: 'pending' as const,
    source: person.source,
    sourceBy: person.sourceBy ?? null,
    consentVersion: person.consentText ? CONSENT_VERSION : null,
    consentText: person.consentText ?? null,
    consentAt: person.consentText ? now : null,
    confirmTokenHash: hash,
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_DAYS * 86_400_000),
  }));
  const pending = await db
    .insert(subscribers)
    .values(values)
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
        confirmTokenHash: hash,
        confirmExpiresAt: sql`excluded.confirm_expires_at`,
      },
      setWhere: sql`${subscribers.status} <> 'confirmed'`,
    })
    .returning({ id: subscribers.id });
  return pending.length > 0 ? token : null;
}

/** Confirms every pending subscription of a confirmation link; null when unknown or expired. */
export async function confirm(db: Db, token: string): Promise<{ lists: string[]; networkId: string } | null> {
  const confirmed = await db
    .update(subscribers)
    .set({ status: 'confirmed', confirmedAt: new Date(), confirmTokenHash: null, confirmExpiresAt: null })
    .where(
      and(
        eq(subscribers.confirmTokenHash, hashToken(token)),
        eq(subscribers.status, 'pending'),
        gt(subscribers.confirmExpiresAt, new Date()),
      ),
    )
    .returning({ listId: subscribers.listId });
  if (confirmed.length === 0) return null;
  const lists = await db
    .select({ name: mailingLists.name, networkId: mailingLists.networkId })
    .from(mailingLists)
    .where(
      inArray(
        mailingLists.id,
        confirmed.map((c) => c.listId),
      ),
    );
  return { lists: lists.map((l) => l.name), networkId: lists[0]?.networkId ?? '' };
}

export function interestConsent(form: InterestForm, consentText: string): Pending {
  return {
    email: form.email,
    name: form.name,
    organisation: form.organisation,
    organisationType: form.organisationType,
    role: form.role,
    topics: form.topics,
    language: form.language,
    source: 'interest-form',
    consentText,
  };
}

// --- Unsubscribing -------------------------------------------------------------------------

/** The unsubscribe link's token: the subscription id signed with the installation's secret. */
export function unsubscribeToken(secret: string, subscriberId: string): string {
  return `${subscriberId}.${sign(secret, subscriberId)}`;
}

const sign = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${id}`).digest('base64url').slice(0, 32);

/** The subscription a token names, if its signature holds. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [id = '', signature = ''] = token.split('.');
  const expected = sign(secret, id);
  if (!/^[0-9a-f-]{36}$/.test(id) || signature.length !== expected.length) return null;
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) ? id : null;
}

/** Takes the address off the list at once; unsubscribing twice is fine. */
export async function unsubscribe(db: Db, subscriberId: string) {
  const [row] = await db
    .update(subscribers)
    .set({ status: 'unsubscribed', unsubscribedAt: sql`coalesce(${subscribers.unsubscribedAt}, now())` })
    .where(eq(subscribers.id, subscriberId))
    .returning({ email: subscribers.email, listId: subscribers.listId });
  if (!row) return null;
  const [list] = await db.select().from(mailingLists).where(eq(mailingLists.id, row.listId));
  return list ? { email: row.email, list } : null;
}

// --- Import --------------------------------------------------------------------------------

export async function addressesOn(db: Db, listId: string): Promise<Set<string>> {
  const rows = await db
    .select({ email: subscribers.email })
    .from(subscribers)
    .where(eq(subscribers.listId, listId));
  return new Set(rows.map((r) => r.email));
}

/**
 * Saves the valid rows of a previewed import as confirmed, recording where they came from. Rows
 * already on the list are left as they are (an unsubscribed address stays unsubscribed).
 */
export async function importRows(
  db: Db,
  list: ListRow,
  rows: ImportRow[],
  source: { kind: 'import' | 'demo'; by?: string; file?: string },
): Promise<number> {
  const valid = rows.filter((r) => r.problem === null);
  if (valid.length === 0)
    throw new BadRequest('The file has no valid new addresses.', { file: 'no valid rows' });
  return db.transaction(async (tx) => {
    let added = 0;
    for (let i = 0; i < valid.length; i += 500) {
      const inserted = await tx
        .insert(subscribers)
        .values(
          valid.slice(i, i + 500).map((r) => ({
            listId: list.id,
            email: r.email,
            name: r.name,
            organisation: r.organisation || null,
            organisationType: (r.organisationType || null) as OrganisationType | null,
            language: (r.language || list.language) as Language,
            status: 'confirmed' as const,
            source: source.kind,
            sourceBy: source.by ?? null,
            sourceFile: source.file ?? null,
            confirmedAt: new Date(),
          })),
        )
        .onConflictDoNothing()
        .returning({ id: subscribers.id });
      added += inserted.length;
    }
    return added;
  });
}

export async function confirmedCount(db: Db, listIds: string[]): Promise<number> {
  if (listIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${subscribers.email})::int` })
    .from(subscribers)
    .where(
      and(
        inArray(subscribers.listId, listIds),
        eq(subscribers.status, 'confirmed'),
        isNotNull(subscribers.email),
      ),
    );
  return row?.n ?? 0;
}

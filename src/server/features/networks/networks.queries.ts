import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import type { NetworkRole } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';
import { organisations, profiles } from '../people/people.tables.ts';
import { networkInvitations, networkRoles, networks } from './networks.tables.ts';

export type NetworkRow = typeof networks.$inferSelect;
export type NewNetwork = typeof networks.$inferInsert;

// The networks table is the list of tenants itself: these few are keyed by slug, not by a network id.

export async function findNetworkBySlug(db: Tx, slug: string): Promise<NetworkRow | null> {
  const [row] = await db.select().from(networks).where(eq(networks.slug, slug)).limit(1);
  return row ?? null;
}

/** The network a background job works in (jobs carry its id, not its address). */
export async function findNetworkById(db: Tx, params: { networkId: string }): Promise<NetworkRow | null> {
  const [row] = await db.select().from(networks).where(eq(networks.id, params.networkId)).limit(1);
  return row ?? null;
}

export async function listNetworks(db: Tx): Promise<NetworkRow[]> {
  return db.select().from(networks).orderBy(asc(networks.status), asc(networks.slug));
}

export async function insertNetwork(db: Tx, values: NewNetwork): Promise<NetworkRow | null> {
  const [row] = await db
    .insert(networks)
    .values(values)
    .onConflictDoNothing({ target: networks.slug })
    .returning();
  return row ?? null;
}

export async function updateNetwork(db: Tx, params: { networkId: string; values: Partial<NewNetwork> }) {
  const [row] = await db
    .update(networks)
    .set({ ...params.values, updatedAt: new Date() })
    .where(eq(networks.id, params.networkId))
    .returning();
  return row ?? null;
}

export async function findRole(
  db: Tx,
  params: { networkId: string; userId: string },
): Promise<NetworkRole | null> {
  const [row] = await db
    .select({ role: networkRoles.role })
    .from(networkRoles)
    .where(and(eq(networkRoles.networkId, params.networkId), eq(networkRoles.userId, params.userId)))
    .limit(1);
  return row?.role ?? null;
}

/** Gives a role; an organiser who later follows again stays organiser unless `replace` is set. */
export async function upsertRole(
  db: Tx,
  params: { networkId: string; userId: string; role: NetworkRole; replace: boolean },
): Promise<void> {
  const insert = db.insert(networkRoles).values(params);
  await (params.replace
    ? insert.onConflictDoUpdate({
        target: [networkRoles.networkId, networkRoles.userId],
        set: { role: params.role },
      })
    : insert.onConflictDoNothing());
}

export async function deleteRole(db: Tx, params: { networkId: string; userId: string }): Promise<boolean> {
  const rows = await db
    .delete(networkRoles)
    .where(and(eq(networkRoles.networkId, params.networkId), eq(networkRoles.userId, params.userId)))
    .returning();
  return rows.length > 0;
}

export async function countOrganisers(db: Tx, params: { networkId: string }): Promise<number> {
  const rows = await db
    .select({ userId: networkRoles.userId })
    .from(networkRoles)
    .where(and(eq(networkRoles.networkId, params.networkId), eq(networkRoles.role, 'organiser')));
  return rows.length;
}

export async function listMembers(db: Tx, params: { networkId: string }) {
  return db
    .select({
      userId: users.id,
      displayName: users.name,
      email: users.email,
      organisation: organisations.name,
      role: networkRoles.role,
    })
    .from(networkRoles)
    .innerJoin(users, eq(users.id, networkRoles.userId))
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, profiles.organisationId))
    .where(eq(networkRoles.networkId, params.networkId))
    .orderBy(asc(networkRoles.role), asc(users.name));
}

/** The networks a person has a role in; keyed by person, so it spans tenants on purpose. */
export async function listRolesOfUser(db: Tx, userId: string) {
  return db
    .select({ networkId: networks.id, slug: networks.slug, name: networks.name, role: networkRoles.role })
    .from(networkRoles)
    .innerJoin(networks, eq(networks.id, networkRoles.networkId))
    .where(eq(networkRoles.userId, userId))
    .orderBy(asc(networks.slug));
}

export async function insertInvitation(db: Tx, values: typeof networkInvitations.$inferInsert) {
  const [row] = await db.insert(networkInvitations).values(values).returning();
  return row as typeof networkInvitations.$inferSelect;
}

export async function listInvitations(db: Tx, params: { networkId: string }) {
  return db
    .select()
    .from(networkInvitations)
    .where(eq(networkInvitations.networkId, params.networkId))
    .orderBy(asc(networkInvitations.createdAt));
}

/** An invitation found by its secret alone: the e-mailed link names no network, the row does. */
export async function findInvitationByTokenHash(db: Tx, tokenHash: string) {
  const [row] = await db
    .select({ invitation: networkInvitations, network: networks })
    .from(networkInvitations)
    .innerJoin(networks, eq(networks.id, networkInvitations.networkId))
    .where(eq(networkInvitations.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Marks an open invitation accepted; false when it was already used or has expired. */
export async function markInvitationAccepted(db: Tx, params: { networkId: string; invitationId: string }) {
  const rows = await db
    .update(networkInvitations)
    .set({ acceptedAt: new Date() })
    .where(
      and(
        eq(networkInvitations.networkId, params.networkId),
        eq(networkInvitations.id, params.invitationId),
        isNull(networkInvitations.acceptedAt),
        gt(networkInvitations.expiresAt, new Date()),
      ),
    )
    .returning();
  return rows.length > 0;
}

import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '#server/db/client.ts';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { networkInvitations, networkRoles, networks } from './networks.tables.ts';

// A person's data spans the networks they take part in: these queries are keyed by account, not tenant.

/** Network slugs by id, so other features' exports can say where something happened. */
export async function networkSlugs(db: Tx, networkIds: string[]): Promise<Map<string, string>> {
  if (networkIds.length === 0) return new Map();
  const rows = await db
    .select({ id: networks.id, slug: networks.slug })
    .from(networks)
    .where(inArray(networks.id, [...new Set(networkIds)]));
  return new Map(rows.map((r) => [r.id, r.slug]));
}

/** Invitations matching `where`, oldest first, with the network's slug and any `more` columns. */
async function invitationsWhere(db: Tx, where: SQL, more: Record<string, PgColumn> = {}) {
  return db
    .select({
      network: networks.slug,
      role: networkInvitations.role,
      sentAt: networkInvitations.createdAt,
      ...more,
    })
    .from(networkInvitations)
    .innerJoin(networks, eq(networks.id, networkInvitations.networkId))
    .where(where)
    .orderBy(asc(networkInvitations.createdAt));
}

/**
 * Roles in networks, invitations sent to the person's address, and invitations they sent (without
 * the invitee's address, which is someone else's data).
 */
export const networksPersonalData: PersonalDataPart = {
  feature: 'networks',
  tables: ['network_roles', 'network_invitations'],

  async exportOf(db, person) {
    const roles = await db
      .select({
        slug: networks.slug,
        name: networks.name,
        role: networkRoles.role,
        since: networkRoles.createdAt,
      })
      .from(networkRoles)
      .innerJoin(networks, eq(networks.id, networkRoles.networkId))
      .where(eq(networkRoles.userId, person.userId))
      .orderBy(asc(networks.slug));
    const received = await invitationsWhere(db, eq(networkInvitations.email, person.email), {
      expiresAt: networkInvitations.expiresAt,
      acceptedAt: networkInvitations.acceptedAt,
    });
    const sent = await invitationsWhere(db, eq(networkInvitations.invitedBy, person.userId));
    return { networks: roles, invitationsReceived: received, invitationsSent: sent };
  },

  async erase(tx, person) {
    await tx.delete(networkRoles).where(eq(networkRoles.userId, person.userId));
    await tx.delete(networkInvitations).where(eq(networkInvitations.email, person.email));
    // The invitation stays the network's record; only who sent it is forgotten.
    await tx
      .update(networkInvitations)
      .set({ invitedBy: null })
      .where(eq(networkInvitations.invitedBy, person.userId));
  },
};

import { asc, eq, ilike, sql } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import type { Language } from '#shared/common.ts';
import type { ProfileInput } from '#shared/people.ts';
import { users } from '../auth/auth.tables.ts';
import { organisations, profiles } from './people.tables.ts';

// Profiles and organisations are the installation's, not one network's: a person takes part in many.

export async function findProfile(db: Tx, userId: string) {
  const [row] = await db
    .select({ user: users, profile: profiles, organisation: organisations })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, profiles.organisationId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/** Finds an organisation by name in any letter case, creating it when new. */
export async function upsertOrganisation(db: Tx, input: NonNullable<ProfileInput['organisation']>) {
  await db.insert(organisations).values(input).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(organisations)
    .where(sql`lower(${organisations.name}) = lower(${input.name})`)
    .limit(1);
  return row as typeof organisations.$inferSelect;
}

export async function saveProfile(
  db: Tx,
  params: { userId: string; displayName: string; organisationId: string | null } & Pick<
    ProfileInput,
    'targetRole' | 'preferredLanguage'
  >,
) {
  const { userId, displayName, ...rest } = params;
  await db.update(users).set({ name: displayName, updatedAt: new Date() }).where(eq(users.id, userId));
  const values = { ...rest, updatedAt: new Date() };
  await db
    .insert(profiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: profiles.userId, set: values });
}

export async function insertProfileIfMissing(
  db: Tx,
  params: { userId: string; preferredLanguage: Language },
) {
  await db.insert(profiles).values(params).onConflictDoNothing();
}

export async function searchOrganisations(db: Tx, text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(ilike(organisations.name, pattern))
    .orderBy(asc(organisations.name))
    .limit(20);
}

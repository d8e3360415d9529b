import { and, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '#server/db/client.ts';
import { profiles } from '../people/people.tables.ts';
import { installationAdmins, users, verifications } from './auth.tables.ts';

// Accounts, sign-ins and installation admins are the installation's, not a network's: no network id here.

export async function isInstallationAdmin(db: Tx, userId: string): Promise<boolean> {
  const rows = await db
    .select()
    .from(installationAdmins)
    .where(eq(installationAdmins.userId, userId))
    .limit(1);
  return rows.length > 0;
}

export async function hasInstallationAdmin(db: Tx): Promise<boolean> {
  const rows = await db.select({ userId: installationAdmins.userId }).from(installationAdmins).limit(1);
  return rows.length > 0;
}

export async function countInstallationAdmins(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(installationAdmins);
  return row?.n ?? 0;
}

/** Makes the user admin only when there is none yet; the lock makes two simultaneous claims agree. */
export async function claimFirstAdmin(db: Tx, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    if (await hasInstallationAdmin(tx)) return false;
    await tx.insert(installationAdmins).values({ userId });
    return true;
  });
}
const FIRST_ADMIN_LOCK = 0x61646d6e; // 'admn'

export async function addInstallationAdmin(db: Tx, userId: string): Promise<void> {
  await db.insert(installationAdmins).values({ userId }).onConflictDoNothing();
}

export async function listInstallationAdmins(db: Tx) {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.name })
    .from(installationAdmins)
    .innerJoin(users, eq(users.id, installationAdmins.userId))
    .orderBy(users.email);
}

export async function findUserByEmail(db: Tx, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user ?? null;
}

export async function findUserById(db: Tx, id: string) {
  const [row] = await db
    .select({ user: users, preferredLanguage: profiles.preferredLanguage })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/** The address a sign-in link would sign in, read without using the link up; null when used or expired. */
export async function findPendingSignIn(db: Tx, identifier: string): Promise<string | null> {
  const [row] = await db
    .select({ value: verifications.value })
    .from(verifications)
    .where(and(eq(verifications.identifier, identifier), gt(verifications.expiresAt, new Date())))
    .limit(1);
  try {
    const { email } = JSON.parse(row?.value ?? 'null') ?? {};
    return typeof email === 'string' ? email : null;
  } catch {
    return null;
  }
}

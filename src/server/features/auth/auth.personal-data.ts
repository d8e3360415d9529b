import { eq, lt, sql } from 'drizzle-orm';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { accounts, installationAdmins, sessions, users, verifications } from './auth.tables.ts';

/** better-auth keeps a pending sign-in link as `magic-link:<hash>` with `{"email": …}` as its value. */
// CASE keeps the cast away from other kinds of verification, whose values need not be JSON.
const signInLinksOf = (email: string) =>
  sql`(CASE WHEN ${verifications.identifier} LIKE 'magic-link:%' THEN ${verifications.value}::jsonb ->> 'email' END) = ${email}`;

/**
 * The account itself, its sign-in methods, sessions and pending sign-in links. Deleting the user
 * row comes last of all parts, and takes with it whatever still refers to it.
 */
export const authPersonalData: PersonalDataPart = {
  feature: 'auth',
  tables: ['users', 'sessions', 'accounts', 'verifications', 'installation_admins'],

  async exportOf(db, person) {
    const [user] = await db.select().from(users).where(eq(users.id, person.userId));
    const admin = await db
      .select({ since: installationAdmins.createdAt })
      .from(installationAdmins)
      .where(eq(installationAdmins.userId, person.userId));
    return {
      account: {
        email: user?.email,
        emailVerified: user?.emailVerified,
        picture: user?.image ?? null,
        createdAt: user?.createdAt,
      },
      installationAdmin: admin.length > 0,
      signInMethods: await db
        .select({ provider: accounts.providerId, accountId: accounts.accountId, since: accounts.createdAt })
        .from(accounts)
        .where(eq(accounts.userId, person.userId)),
      sessions: await db
        .select({
          createdAt: sessions.createdAt,
          expiresAt: sessions.expiresAt,
          ipAddress: sessions.ipAddress,
          userAgent: sessions.userAgent,
        })
        .from(sessions)
        .where(eq(sessions.userId, person.userId)),
      pendingSignInLinks: await db
        .select({ requestedAt: verifications.createdAt, expiresAt: verifications.expiresAt })
        .from(verifications)
        .where(signInLinksOf(person.email)),
    };
  },

  async erase(tx, person) {
    // A link asked for before the deletion must not bring the account back.
    await tx.delete(verifications).where(signInLinksOf(person.email));
    // Sessions, sign-in methods and admin rights go with the user row (foreign keys cascade).
    await tx.delete(users).where(eq(users.id, person.userId));
  },

  async purgeExpired(db, now) {
    await db.delete(sessions).where(lt(sessions.expiresAt, now));
    await db.delete(verifications).where(lt(verifications.expiresAt, now));
  },
};

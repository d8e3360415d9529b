import type { Db } from '#server/db/client.ts';
import { auditEntriesOf } from '#server/features/audit/audit.service.ts';
import { countInstallationAdmins, isInstallationAdmin } from '#server/features/auth/auth.queries.ts';
import { listAttendanceOfUser } from '#server/features/events/events.service.ts';
import { listRolesOfUser } from '#server/features/networks/networks.service.ts';
import { Conflict, NotFound } from '#server/platform/errors.ts';
import type { Language } from '#shared/common.ts';
import type { Profile, ProfileInput } from '#shared/people.ts';
import { presentProfile } from './people.presenter.ts';
import * as q from './people.queries.ts';

export async function getProfile(db: Db, userId: string): Promise<Profile> {
  const row = await q.findProfile(db, userId);
  if (!row) throw new NotFound('The person');
  return presentProfile(row);
}

export async function updateProfile(db: Db, userId: string, input: ProfileInput): Promise<Profile> {
  await db.transaction(async (tx) => {
    const organisation = input.organisation ? await q.upsertOrganisation(tx, input.organisation) : null;
    await q.saveProfile(tx, {
      userId,
      displayName: input.displayName,
      organisationId: organisation?.id ?? null,
      targetRole: input.targetRole,
      preferredLanguage: input.preferredLanguage,
    });
  });
  return getProfile(db, userId);
}

/** Gives a new person a profile in their language; an existing profile is left as it is. */
export async function startProfile(db: Db, userId: string, preferredLanguage: Language): Promise<void> {
  await q.insertProfileIfMissing(db, { userId, preferredLanguage });
}

/** Everything Verkosto holds about a person, as one JSON document (GDPR art. 15 and 20). */
export async function exportPersonalData(db: Db, userId: string) {
  const [profile, roles, sessions, accounts, isAdmin, attending, actions] = await Promise.all([
    getProfile(db, userId),
    listRolesOfUser(db, userId),
    q.listSessionsOfUser(db, userId),
    q.listAccountsOfUser(db, userId),
    isInstallationAdmin(db, userId),
    listAttendanceOfUser(db, userId),
    auditEntriesOf(db, userId),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    installationAdmin: isAdmin,
    networks: roles.map(({ slug, name, role }) => ({ slug, name, role })),
    attending: attending.map(({ slug, title, startsAt, networkId }) => ({
      network: roles.find((r) => r.networkId === networkId)?.slug ?? null,
      event: slug,
      title,
      startsAt,
    })),
    signInMethods: accounts,
    sessions,
    // What the person did as organiser or admin; kept after deletion (docs/decisions/0014).
    auditLog: actions,
  };
}

/** Deletes the person and everything tied to them; the last installation admin must hand over first. */
export async function deletePerson(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (await isInstallationAdmin(tx, userId)) {
      if ((await countInstallationAdmins(tx)) <= 1) {
        throw new Conflict(
          'You are the only installation admin: add another admin before deleting your account.',
        );
      }
    }
    await q.deleteUser(tx, userId);
  });
}

export const searchOrganisations = q.searchOrganisations;

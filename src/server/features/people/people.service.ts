import type { Db, Tx } from '#server/db/client.ts';
import { auditPersonalData } from '#server/features/audit/audit.personal-data.ts';
import { authPersonalData } from '#server/features/auth/auth.personal-data.ts';
import { countInstallationAdmins, isInstallationAdmin } from '#server/features/auth/auth.queries.ts';
import { eventsPersonalData } from '#server/features/events/events.personal-data.ts';
import { installationPersonalData } from '#server/features/installation/installation.personal-data.ts';
import { livePersonalData } from '#server/features/live/live.personal-data.ts';
import { networksPersonalData } from '#server/features/networks/networks.personal-data.ts';
import { outreachPersonalData } from '#server/features/outreach/outreach.personal-data.ts';
import { surveysPersonalData } from '#server/features/surveys/surveys.personal-data.ts';
import { NotFound } from '#server/platform/errors.ts';
import type { Jobs } from '#server/platform/jobs.ts';
import type { Person, PersonalDataPart } from '#server/platform/personal-data.ts';
import type { Language } from '#shared/common.ts';
import type { Profile, ProfileInput } from '#shared/people.ts';
import { peoplePersonalData } from './people.personal-data.ts';
import { requireMayLeave } from './people.policy.ts';
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

/**
 * Every feature's share of a person's data, in the export's order. Deletion runs them in the same
 * order: auth's, which deletes the account itself, must stay last.
 */
export const PERSONAL_DATA_PARTS: readonly PersonalDataPart[] = [
  peoplePersonalData,
  networksPersonalData,
  eventsPersonalData,
  livePersonalData,
  outreachPersonalData,
  surveysPersonalData,
  installationPersonalData,
  auditPersonalData,
  authPersonalData,
];

async function findPerson(db: Tx, userId: string): Promise<Person> {
  const row = await q.findProfile(db, userId);
  if (!row) throw new NotFound('The person');
  return { userId, email: row.user.email.toLowerCase() };
}

/** Everything Verkosto holds about a person, as one JSON document (GDPR art. 15 and 20). */
export async function exportPersonalData(db: Db, userId: string) {
  // One snapshot, so the sections agree with each other.
  return db.transaction(
    async (tx) => {
      const person = await findPerson(tx, userId);
      const data: Record<string, unknown> = { exportedAt: new Date().toISOString() };
      for (const part of PERSONAL_DATA_PARTS) {
        for (const [section, value] of Object.entries(await part.exportOf(tx, person))) {
          if (section in data) throw new Error(`${part.feature} exports "${section}" a second time`);
          data[section] = value;
        }
      }
      return data;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Deletes the person's account and erases or anonymises everything about them in every feature,
 * in one transaction; the last installation admin must hand over first.
 */
export async function deletePerson(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    requireMayLeave({
      isAdmin: await isInstallationAdmin(tx, userId),
      admins: await countInstallationAdmins(tx),
    });
    const person = await findPerson(tx, userId);
    for (const part of PERSONAL_DATA_PARTS) await part.erase(tx, person);
  });
}

export const searchOrganisations = q.searchOrganisations;

// --- Retention -----------------------------------------------------------------------------

export const RETENTION_QUEUE = 'personal-data-retention';
/** Hourly, at an odd minute, so it does not meet every other installation's on-the-hour jobs. */
const RETENTION_CRON = '17 * * * *';

/** Deletes, in every feature, what has outlived its retention period (README, "Logs and retention"). */
export async function purgeExpiredPersonalData(db: Db, now = new Date()): Promise<void> {
  for (const part of PERSONAL_DATA_PARTS) await part.purgeExpired?.(db, now);
}

/** Runs the purge every hour on whichever instance takes the job; scheduling again is harmless. */
export async function startRetention(jobs: Jobs, db: Db): Promise<void> {
  await jobs.createQueue(RETENTION_QUEUE);
  await jobs.work(RETENTION_QUEUE, async () => purgeExpiredPersonalData(db));
  await jobs.schedule(RETENTION_QUEUE, RETENTION_CRON);
}

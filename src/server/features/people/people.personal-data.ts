import { eq } from 'drizzle-orm';
import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { presentProfile } from './people.presenter.ts';
import { findProfile } from './people.queries.ts';
import { profiles } from './people.tables.ts';

/**
 * The profile. Organisations are shared by everyone who names them (a municipality, an agency)
 * and say nothing about one person, so they stay.
 */
export const peoplePersonalData: PersonalDataPart = {
  feature: 'people',
  tables: ['profiles'],

  async exportOf(db, person) {
    const row = await findProfile(db, person.userId);
    return { profile: row ? presentProfile(row) : null };
  },

  async erase(tx, person) {
    await tx.delete(profiles).where(eq(profiles.userId, person.userId));
  },
};

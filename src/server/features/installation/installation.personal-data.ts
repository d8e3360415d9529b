import type { PersonalDataPart } from '#server/platform/personal-data.ts';

/**
 * The installation's settings keep no one's data: the contact address is the one the admins chose
 * to publish (docs/personal-data.md says to give a shared address), and no column names who saved
 * it — the audit log does. The part is listed so that the composition names every feature.
 */
export const installationPersonalData: PersonalDataPart = {
  feature: 'installation',
  tables: [],
  async exportOf() {
    return {};
  },
  async erase() {},
};

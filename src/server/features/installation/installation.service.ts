import type { Db } from '#server/db/client.ts';
import type { InstallationSettingsInput } from '#shared/installation.ts';
import { InstallationSettingsInputSchema } from '#shared/installation.ts';
import * as q from './installation.queries.ts';

/** The saved settings, or null while no admin has saved any (the presenter shows the defaults). */
/** The bus channel that announces a change of the installation's settings. */
export const INSTALLATION_CHANGES = 'verkosto_installation';

export function getSettings(db: Db): Promise<q.InstallationSettingsRow | null> {
  return q.findSettings(db);
}

/** Replaces the contact address, the accessibility statement and the supervisory authority. */
export function saveSettings(db: Db, input: InstallationSettingsInput): Promise<q.InstallationSettingsRow> {
  const values = InstallationSettingsInputSchema.parse(input);
  return q.saveSettings(db, {
    contactAddress: values.contactAddress,
    accessibilityStatement: values.statement,
    supervisoryAuthority: values.supervisoryAuthority,
  });
}

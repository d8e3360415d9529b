import type { Tx } from '#server/db/client.ts';
import { installationSettings } from './installation.tables.ts';

// The installation's settings belong to no network: one row, read and written as a whole.

export type InstallationSettingsRow = typeof installationSettings.$inferSelect;
type SettingsValues = Omit<typeof installationSettings.$inferInsert, 'singleton' | 'updatedAt'>;

export async function findSettings(db: Tx): Promise<InstallationSettingsRow | null> {
  const [row] = await db.select().from(installationSettings).limit(1);
  return row ?? null;
}

export async function saveSettings(db: Tx, values: SettingsValues): Promise<InstallationSettingsRow> {
  const set = { ...values, updatedAt: new Date() };
  const [row] = await db
    .insert(installationSettings)
    .values(set)
    .onConflictDoUpdate({ target: installationSettings.singleton, set })
    .returning();
  if (!row) throw new Error('saving the installation settings returned no row');
  return row;
}

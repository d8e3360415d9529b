import { BadRequest } from '#server/platform/errors.ts';
import { FIELD_TEXT } from '#shared/errors.ts';
import type { AuditScope } from './audit.queries.ts';

// Who reads which entries, and for how long they are kept. A network's log is read by those the
// networks policy lets 'read-audit' there; the installation's whole log by its admins
// ('manage-installation' in the auth policy).

/** A network's log holds that network's entries only. */
export const networkScope = (network: { id: string }): AuditScope => ({ networkId: network.id });

/** What an admin asks for by `network`: every entry (no value), one network's, or the installation's own (`none`). */
export async function installationScope(
  network: string | undefined,
  findNetwork: (slug: string) => Promise<{ id: string } | null | undefined>,
): Promise<AuditScope> {
  if (network === undefined) return 'all';
  if (network === 'none') return { networkId: null };
  const found = await findNetwork(network);
  if (!found) {
    throw new BadRequest('There is no such network.', {
      network: { code: 'not-a-network', message: FIELD_TEXT['not-a-network'] },
    });
  }
  return networkScope(found);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Entries from before this moment have outlived the retention period. */
export const retentionCutoff = (retentionDays: number, now: Date) =>
  new Date(now.getTime() - retentionDays * DAY_MS);

import type { Actor } from '#server/platform/context.ts';
import { Forbidden, Unauthorized } from '#server/platform/errors.ts';
import type { NetworkRole } from '#shared/people.ts';

export type NetworkAction = 'view' | 'follow' | 'edit' | 'manage-members';

const needs: Record<NetworkAction, 'anyone' | 'signed-in' | 'organiser'> = {
  view: 'anyone',
  follow: 'signed-in',
  edit: 'organiser',
  'manage-members': 'organiser',
};

/** Organiser actions belong to the network's organisers and to installation admins. */
export function authorize(actor: Actor | null, role: NetworkRole | null, action: NetworkAction): void {
  const need = needs[action];
  if (need === 'anyone') return;
  if (!actor) throw new Unauthorized();
  if (need === 'organiser' && role !== 'organiser' && !actor.isAdmin) {
    throw new Forbidden('Only the organisers of this network may do this.');
  }
}

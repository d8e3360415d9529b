import type { Actor } from '#server/platform/actor.types.ts';
import { Forbidden, Unauthorized } from '#server/platform/errors.ts';
import type { NetworkRole } from '#shared/people.ts';

export type NetworkAction =
  | 'view'
  | 'follow'
  | 'edit'
  | 'manage-members'
  | 'plan-events'
  | 'host-live'
  | 'manage-outreach'
  | 'manage-surveys'
  | 'read-audit';

const needs: Record<NetworkAction, 'anyone' | 'signed-in' | 'organiser'> = {
  view: 'anyone',
  follow: 'signed-in',
  edit: 'organiser',
  'manage-members': 'organiser',
  'plan-events': 'organiser',
  'host-live': 'organiser',
  'manage-outreach': 'organiser',
  'manage-surveys': 'organiser',
  'read-audit': 'organiser',
};

/** Whether the actor may do `action` in a network where they have `role`. */
export function may(actor: Actor | null, role: NetworkRole | null, action: NetworkAction): boolean {
  const need = needs[action];
  if (need === 'anyone') return true;
  if (!actor) return false;
  return need === 'signed-in' || role === 'organiser' || actor.isAdmin;
}

/** Organiser actions belong to the network's organisers and to installation admins. */
export function authorize(actor: Actor | null, role: NetworkRole | null, action: NetworkAction): void {
  if (may(actor, role, action)) return;
  if (!actor) throw new Unauthorized();
  throw new Forbidden('Only the organisers of this network may do this.');
}

import type { Actor } from '#server/platform/actor.types.ts';
import { Forbidden } from '#server/platform/errors.ts';

type InstallationAction = 'manage-installation' | 'create-network';

/** Installation-wide rights belong to installation admins only. */
export function can(actor: Actor, _action: InstallationAction): void {
  if (!actor.isAdmin) throw new Forbidden('Only installation admins may do this.');
}

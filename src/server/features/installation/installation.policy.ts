import { can } from '#server/features/auth/auth.policy.ts';
import type { Actor } from '#server/platform/actor.types.ts';

/**
 * Everyone reads the installation's public texts (the statement must be public by law); only
 * installation admins change them, as every installation-wide right.
 */
export function authorizeSettingsChange(actor: Actor): void {
  can(actor, 'manage-installation');
}

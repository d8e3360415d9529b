import type { NetworkAction } from '#server/features/networks/networks.policy.ts';
import type { ConfirmationState, SubscriberStatus } from '#shared/outreach.ts';

/** What people do with outreach. */
export type OutreachAction =
  | 'read-interest-form'
  | 'sign-up'
  | 'read-lists'
  | 'edit-lists'
  | 'add-subscriber'
  | 'erase-subscriber'
  | 'export-list'
  | 'import'
  | 'read-campaigns'
  | 'edit-campaigns'
  | 'send-campaign';

/**
 * The network right each action needs: anyone may read the interest form and sign up on it;
 * everything else is the network's organisers' (and installation admins') work. The links in
 * outreach mail (confirm, unsubscribe) need no right: their signed or secret token is the proof.
 */
export const outreachNeeds: Record<OutreachAction, 'anyone' | NetworkAction> = {
  'read-interest-form': 'anyone',
  'sign-up': 'anyone',
  'read-lists': 'manage-outreach',
  'edit-lists': 'manage-outreach',
  'add-subscriber': 'manage-outreach',
  'erase-subscriber': 'manage-outreach',
  'export-list': 'manage-outreach',
  import: 'manage-outreach',
  'read-campaigns': 'manage-outreach',
  'edit-campaigns': 'manage-outreach',
  'send-campaign': 'manage-outreach',
};

/** Checks the actor of a network-scoped request may do `action` (401/403 otherwise). */
export async function authorizeOutreach(
  request: { authorize(action: NetworkAction): Promise<void> },
  action: OutreachAction,
): Promise<void> {
  const need = outreachNeeds[action];
  // A visitor's request is not made to look up a session it does not need.
  if (need !== 'anyone') await request.authorize(need);
}

/** Whether a subscription in this state gets the list's mail (a pending one will once confirmed). */
export const receivesMail = (status: SubscriberStatus) => status === 'pending' || status === 'confirmed';

/**
 * What a confirmation link says: `pending` while it can still confirm, `confirmed` once it has, and
 * `expired` when its days ran out first (the interest form sends a new one).
 */
export function confirmationState(
  rows: { status: SubscriberStatus; expiresAt: Date | null }[],
  now: Date,
): ConfirmationState {
  const open = rows.some((r) => r.status === 'pending' && r.expiresAt !== null && r.expiresAt > now);
  if (open) return 'pending';
  return rows.some((r) => r.status === 'confirmed') ? 'confirmed' : 'expired';
}

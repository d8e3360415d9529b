import { describe, expect, it } from 'vitest';
import { confirmationState, receivesMail } from './outreach.policy.ts';

const now = new Date('2026-12-02T10:00:00Z');
const later = new Date('2026-12-05T10:00:00Z');
const earlier = new Date('2026-11-30T10:00:00Z');

describe('what a confirmation link says', () => {
  it('is pending while a row can still be confirmed', () => {
    expect(confirmationState([{ status: 'pending', expiresAt: later }], now)).toBe('pending');
  });

  it('is confirmed once it has confirmed, even after its days ran out', () => {
    expect(confirmationState([{ status: 'confirmed', expiresAt: earlier }], now)).toBe('confirmed');
  });

  it('has expired when its days ran out before anyone confirmed, or the address left meanwhile', () => {
    expect(confirmationState([{ status: 'pending', expiresAt: earlier }], now)).toBe('expired');
    expect(confirmationState([{ status: 'unsubscribed', expiresAt: later }], now)).toBe('expired');
  });
});

describe('who gets a list’s mail', () => {
  it('is a pending or confirmed address, never one that left or bounced', () => {
    expect(['pending', 'confirmed', 'unsubscribed', 'bounced'].map((s) => receivesMail(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { SCALE_OPTIONS } from '#shared/live.ts';
import { LiveError } from './live.errors.ts';
import {
  isHostFrame,
  pollOptions,
  requireHostFor,
  requireNotArchived,
  requireSlowModeKept,
  requireValidVote,
  slowModeApplies,
} from './live.policy.ts';
import type { PollRow } from './live.presenter.ts';
import type { RoomRow } from './live.stream.ts';

/** The refusal a rule throws, as code, field and wait; null when it allows. */
function refusal(rule: () => unknown) {
  try {
    rule();
    return null;
  } catch (error) {
    if (!(error instanceof LiveError)) throw error;
    return { code: error.code, field: error.field, retryAfter: error.retryAfter };
  }
}

describe('host-only frames', () => {
  it('refuses a participant who does not host, and lets a host and everyone else through', () => {
    const hide = { type: 'hide', messageId: 'm' } as const;
    const chat = { type: 'chat', clientId: 'c', body: 'hei' } as const;
    expect(isHostFrame(hide)).toBe(true);
    expect(refusal(() => requireHostFor(hide, false))?.code).toBe('forbidden');
    expect(refusal(() => requireHostFor(hide, true))).toBeNull();
    expect(refusal(() => requireHostFor(chat, false))).toBeNull();
  });
});

describe('slow mode', () => {
  const room = (slowModeSeconds: number) => ({ slowModeSeconds }) as RoomRow;

  it('limits the chat of participants only, not questions and not hosts', () => {
    expect(slowModeApplies('chat', { host: false }, room(30))).toBe(true);
    expect(slowModeApplies('question', { host: false }, room(30))).toBe(false);
    expect(slowModeApplies('chat', { host: true }, room(30))).toBe(false);
    expect(slowModeApplies('chat', { host: false }, room(0))).toBe(false);
  });

  it('tells how many whole seconds are left, and allows the first message and one after the wait', () => {
    const now = Date.parse('2026-12-04T07:00:30Z');
    const at = (iso: string) => new Date(iso);
    expect(refusal(() => requireSlowModeKept(30, at('2026-12-04T07:00:10Z'), now))).toEqual({
      code: 'slow-mode',
      field: undefined,
      retryAfter: 10,
    });
    expect(refusal(() => requireSlowModeKept(30, at('2026-12-04T07:00:00Z'), now))).toBeNull();
    expect(refusal(() => requireSlowModeKept(30, null, now))).toBeNull();
  });
});

describe('polls', () => {
  it('gives a scale its own options and asks for two different ones otherwise', () => {
    expect(pollOptions({ kind: 'scale', options: [] })).toEqual([...SCALE_OPTIONS]);
    expect(pollOptions({ kind: 'single', options: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(refusal(() => pollOptions({ kind: 'single', options: ['a', 'a'] }))?.field).toBe('options');
    expect(refusal(() => pollOptions({ kind: 'multiple', options: ['a'] }))?.field).toBe('options');
  });

  const poll = (kind: PollRow['kind'], status: PollRow['status'] = 'open') =>
    ({ kind, status, options: ['a', 'b', 'c'] }) as PollRow;

  it('takes one option of a single-choice poll and different options of a multiple-choice one', () => {
    expect(refusal(() => requireValidVote(poll('single'), [1]))).toBeNull();
    expect(refusal(() => requireValidVote(poll('single'), [0, 1]))?.code).toBe('invalid-choice');
    expect(refusal(() => requireValidVote(poll('multiple'), [0, 2]))).toBeNull();
    expect(refusal(() => requireValidVote(poll('multiple'), [2, 2]))?.code).toBe('invalid-choice');
    expect(refusal(() => requireValidVote(poll('multiple'), [3]))?.field).toBe('choices');
  });

  it('refuses any answer to a closed poll', () => {
    expect(refusal(() => requireValidVote(poll('single', 'closed'), [0]))).toEqual({
      code: 'poll-closed',
      field: 'pollId',
      retryAfter: undefined,
    });
  });
});

describe('the archive of a meeting that is over', () => {
  it('refuses everything but the hosts taking away what should not stay', () => {
    const chat = { type: 'chat', clientId: 'c', body: 'hei' } as const;
    const hide = { type: 'hide', messageId: 'm' } as const;
    const poll = {
      type: 'open-poll' as const,
      clientId: 'p',
      question: 'Q',
      kind: 'scale' as const,
      options: [],
    };
    expect(refusal(() => requireNotArchived(chat, true))?.code).toBe('room-closed');
    expect(refusal(() => requireNotArchived(poll, true))?.code).toBe('room-closed');
    expect(refusal(() => requireNotArchived(hide, true))).toBeNull();
    expect(refusal(() => requireNotArchived(chat, false))).toBeNull();
  });
});

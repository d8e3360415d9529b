import { describe, expect, it } from 'vitest';
import {
  isPublic,
  isVisibleTo,
  isVisibleToAsking,
  joinLinkOpen,
  joinOpensAt,
  meetingLinkVisible,
  visibleStatuses,
} from './events.policy.ts';

const startsAt = new Date('2026-12-04T07:00:00Z');
const endsAt = new Date('2026-12-04T08:30:00Z');
const event = (
  status: 'draft' | 'published' | 'cancelled',
  meetingUrl: string | null = 'https://x.test/m',
) => ({
  status,
  startsAt,
  endsAt,
  joinOpensMinutesBefore: 30,
  meetingUrl,
});
const at = (iso: string) => new Date(iso);

describe('who sees an event', () => {
  it('shows drafts to planners only, and published and cancelled events to everyone', () => {
    expect([isPublic(event('draft')), isPublic(event('published')), isPublic(event('cancelled'))]).toEqual([
      false,
      true,
      true,
    ]);
    expect(isVisibleTo(event('draft'), false)).toBe(false);
    expect(isVisibleTo(event('draft'), true)).toBe(true);
    expect(visibleStatuses(false)).toEqual(['published', 'cancelled']);
    expect(visibleStatuses(true)).toEqual(['draft', 'published', 'cancelled']);
  });

  it('asks whether someone plans events only for a draft', async () => {
    let asked = 0;
    const planner = async () => {
      asked++;
      return false;
    };
    expect(await isVisibleToAsking(event('published'), planner)).toBe(true);
    expect(asked).toBe(0);
    expect(await isVisibleToAsking(event('draft'), planner)).toBe(false);
    expect(asked).toBe(1);
  });
});

describe('when the meeting opens', () => {
  it('opens the join link joinOpensMinutesBefore the start, not a millisecond earlier', () => {
    expect(joinOpensAt(event('published'))).toEqual(at('2026-12-04T06:30:00Z'));
    expect(joinLinkOpen(event('published'), at('2026-12-04T06:29:59.999Z'))).toBe(false);
    expect(joinLinkOpen(event('published'), at('2026-12-04T06:30:00Z'))).toBe(true);
    expect(joinLinkOpen(event('published'), at('2026-12-04T08:00:00Z'))).toBe(true);
  });

  it('keeps the join link open for late-comers while the meeting may overrun, then closes it for good', () => {
    // Planned end 08:30; meetings overrun by up to OVERRUN_MINUTES (30).
    expect(joinLinkOpen(event('published'), at('2026-12-04T08:59:59.999Z'))).toBe(true);
    expect(joinLinkOpen(event('published'), at('2026-12-04T09:00:00Z'))).toBe(false);
    expect(joinLinkOpen(event('published'), at('2027-06-01T00:00:00Z'))).toBe(false);
    expect(meetingLinkVisible(event('published'), false, at('2026-12-04T09:00:00Z'))).toBe(false);
    expect(meetingLinkVisible(event('published'), true, at('2026-12-04T09:00:00Z'))).toBe(true);
  });

  it('never opens for a draft, a cancelled meeting or one without an address', () => {
    const later = at('2026-12-04T07:00:00Z');
    expect(joinLinkOpen(event('draft'), later)).toBe(false);
    expect(joinLinkOpen(event('cancelled'), later)).toBe(false);
    expect(joinLinkOpen(event('published', null), later)).toBe(false);
  });

  it('shows the address to planners at any time, to others from the opening on', () => {
    const before = at('2026-12-01T00:00:00Z');
    expect(meetingLinkVisible(event('draft'), true, before)).toBe(true);
    expect(meetingLinkVisible(event('published'), false, before)).toBe(false);
    expect(meetingLinkVisible(event('published'), false, at('2026-12-04T06:30:00Z'))).toBe(true);
    expect(meetingLinkVisible(event('cancelled'), false, at('2026-12-04T06:45:00Z'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { closesAt, isOver, meetingPhase, nextChange } from './meeting-phase.ts';

const meeting = {
  joinOpensAt: '2026-12-04T06:30:00Z',
  startsAt: '2026-12-04T07:00:00Z',
  endsAt: '2026-12-04T08:30:00Z',
};
const at = (iso: string) => new Date(iso);

describe('a meeting’s phase', () => {
  it('is upcoming, joinable, live and ended, each from its own moment on', () => {
    expect(meetingPhase(meeting, at('2026-12-04T06:29:59Z'))).toBe('upcoming');
    expect(meetingPhase(meeting, at('2026-12-04T06:30:00Z'))).toBe('joinable');
    expect(meetingPhase(meeting, at('2026-12-04T07:00:00Z'))).toBe('live');
    expect(meetingPhase(meeting, at('2026-12-04T08:29:59Z'))).toBe('live');
    expect(meetingPhase(meeting, at('2026-12-04T08:30:00Z'))).toBe('ended');
  });

  it('is over 30 minutes after the planned end, when the room becomes an archive', () => {
    expect(closesAt(meeting)).toEqual(at('2026-12-04T09:00:00Z'));
    expect(isOver(meeting, at('2026-12-04T08:59:59Z'))).toBe(false);
    expect(isOver(meeting, at('2026-12-04T09:00:00Z'))).toBe(true);
  });

  it('names the next moment a page must change, and none once the meeting is over', () => {
    expect(nextChange(meeting, at('2026-12-01T00:00:00Z'))).toEqual(at('2026-12-04T06:30:00Z'));
    expect(nextChange(meeting, at('2026-12-04T07:00:00Z'))).toEqual(at('2026-12-04T08:30:00Z'));
    expect(nextChange(meeting, at('2026-12-04T08:45:00Z'))).toEqual(at('2026-12-04T09:00:00Z'));
    expect(nextChange(meeting, at('2026-12-04T09:00:00Z'))).toBeNull();
  });
});

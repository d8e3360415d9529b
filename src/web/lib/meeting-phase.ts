import { useEffect, useState } from 'react';
import { type MeetingPhase, meetingPhase, nextChange } from '#shared/meeting-phase.ts';
import { firstRenderNow } from './render-time.ts';

type Times = { joinOpensAt: string; startsAt: string; endsAt: string };

/** setTimeout takes at most 2^31−1 ms (about 24.8 days); later changes are waited for in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The meeting's phase now, updated at the moment it changes while the page stays open. */
export function useMeetingPhase(meeting: Times): MeetingPhase {
  const { joinOpensAt, startsAt, endsAt } = meeting;
  const [now, setNow] = useState(firstRenderNow);
  useEffect(() => {
    const next = nextChange({ joinOpensAt, startsAt, endsAt }, now);
    if (!next) return;
    const wait = Math.min(next.getTime() - Date.now(), MAX_TIMEOUT_MS);
    const timer = setTimeout(() => setNow(new Date()), Math.max(wait, 0));
    return () => clearTimeout(timer);
  }, [joinOpensAt, startsAt, endsAt, now]);
  return meetingPhase({ joinOpensAt, startsAt, endsAt }, now);
}

import { useQueries } from '@tanstack/react-query';
import type { EventSummary } from '#shared/events.ts';
import { useEvent } from '../../../api/get-event.ts';
import { eventsQueryOptions } from '../../../api/list-events.ts';

export interface EventChoices {
  upcoming: EventSummary[];
  past: EventSummary[];
}

const open = (e: EventSummary) => e.status !== 'cancelled';

/**
 * The meetings a campaign can be about: the coming ones and the latest past ones (not cancelled),
 * read from the meeting lists' own cache entries so a programme edit shows here too.
 */
export function useEventChoices(network: string): { data: EventChoices | undefined } {
  return useQueries({
    queries: [
      eventsQueryOptions(network, { when: 'upcoming', limit: 50 }),
      eventsQueryOptions(network, { when: 'past', limit: 50 }),
    ],
    combine: ([upcoming, past]) => ({
      data:
        upcoming.data && past.data
          ? { upcoming: upcoming.data.events.filter(open), past: past.data.events.filter(open) }
          : undefined,
    }),
  });
}

/** One meeting's details (the recording link for a thank-you), when one is chosen. */
export function useChosenEvent(network: string, slug: string | null) {
  return useEvent(network, slug ?? '', { enabled: slug !== null });
}

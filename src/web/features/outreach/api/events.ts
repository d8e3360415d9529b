import { useQuery } from '@tanstack/react-query';
import type { Event, EventSummary } from '#shared/events.ts';
import { listEvents } from '../../events/api/list-events.ts';
import { getEvent } from '../../programme/api/get-event.ts';
import { outreachKeys } from './keys.ts';

export interface EventChoices {
  upcoming: EventSummary[];
  past: EventSummary[];
}

/** The meetings a campaign can be about: the coming ones and the latest past ones (not cancelled). */
export function useEventChoices(network: string) {
  return useQuery({
    queryKey: outreachKeys.events(network),
    queryFn: async ({ signal }): Promise<EventChoices> => {
      const [upcoming, past] = await Promise.all([
        listEvents(network, { when: 'upcoming', limit: 50 }, signal),
        listEvents(network, { when: 'past', limit: 50 }, signal),
      ]);
      const open = (e: EventSummary) => e.status !== 'cancelled';
      return { upcoming: upcoming.events.filter(open), past: past.events.filter(open) };
    },
  });
}

/** One meeting's details (the recording link for a thank-you), when one is chosen. */
export function useChosenEvent(network: string, slug: string | null) {
  return useQuery({
    queryKey: [...outreachKeys.events(network), slug],
    queryFn: ({ signal }): Promise<Event> => getEvent(network, slug ?? '', signal),
    enabled: slug !== null,
  });
}

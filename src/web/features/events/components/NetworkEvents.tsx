import { CalendarSubscription } from './CalendarSubscription.tsx';
import { PastMeetings } from './PastMeetings.tsx';
import { UpcomingMeetings } from './UpcomingMeetings.tsx';

/** The meetings part of a network's page: upcoming, past (with search) and the calendar feed. */
export function NetworkEvents({ network }: { network: string }) {
  return (
    <div data-testid="network-events">
      <UpcomingMeetings network={network} />
      <PastMeetings network={network} />
      <CalendarSubscription network={network} />
    </div>
  );
}

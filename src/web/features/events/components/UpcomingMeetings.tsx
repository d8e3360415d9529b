import { Paragraph } from 'suomifi-ui-components';
import { useEvents } from '../../../api/list-events.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { EventList } from './EventList.tsx';
import { NextMeeting } from './NextMeeting.tsx';

const FILTER = { when: 'upcoming', limit: 4 } as const;

/** The next meeting first, as a card of its own, then the few after it. */
export function UpcomingMeetings({ network }: { network: string }) {
  const { t } = useTranslation();
  const events = useEvents(network, FILTER);
  const [next, ...later] = events.data?.events ?? [];
  if (events.isPending) return <Loading />;
  if (events.error) return <InlineLoadError error={events.error} retry={() => events.refetch()} />;
  if (!next) {
    return (
      <PageSection id="upcoming-heading" title={t('events.upcoming.title')} flush>
        <Paragraph mb="m">{t('events.upcoming.none')}</Paragraph>
      </PageSection>
    );
  }
  return (
    <>
      <NextMeeting network={network} event={next} />
      {later.length > 0 && (
        <PageSection id="upcoming-heading" title={t('events.upcoming.later')} flush>
          <EventList network={network} events={later} testId="upcoming-events" />
        </PageSection>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useEvents } from '../../../api/list-events.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { EventList } from './EventList.tsx';
import { NextMeeting } from './NextMeeting.tsx';

const FILTER = { when: 'upcoming', limit: 6 } as const;

/** The next meeting, highlighted, and the few after it. */
export function UpcomingMeetings({ network }: { network: string }) {
  const { t } = useTranslation();
  const events = useEvents(network, FILTER);
  const [next, ...later] = events.data?.events ?? [];
  return (
    <PageSection id="upcoming-heading" title={t('events.upcoming.title')}>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <InlineLoadError error={events.error} retry={() => events.refetch()} />
      ) : !next ? (
        <Paragraph mb="m">{t('events.upcoming.none')}</Paragraph>
      ) : (
        <>
          <NextMeeting network={network} event={next} />
          {later.length > 0 && (
            <>
              <Heading variant="h3" mb="xs">
                {t('events.upcoming.later')}
              </Heading>
              <EventList network={network} events={later} testId="upcoming-events" />
            </>
          )}
        </>
      )}
    </PageSection>
  );
}

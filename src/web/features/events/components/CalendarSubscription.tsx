import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from 'suomifi-ui-components';
import { PageSection } from '../../../components/PageSection.tsx';
import { calendarPath } from '../../../lib/event-paths.ts';

/** The network's calendar feed, to subscribe to in any calendar app. */
export function CalendarSubscription({ network }: { network: string }) {
  const { t } = useTranslation();
  return (
    <PageSection id="calendar-heading" title={t('events.calendar.title')}>
      <Paragraph mb="s">{t('events.calendar.text')}</Paragraph>
      <Link href={calendarPath(network)} data-testid="calendar-link">
        {t('events.calendar.link')}
      </Link>
    </PageSection>
  );
}

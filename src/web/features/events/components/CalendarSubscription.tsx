import { Paragraph } from 'suomifi-ui-components';
import { CalendarAddress } from '../../../components/CalendarAddress.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { calendarPath } from '../../../lib/event-paths.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { pageOrigin } from '../../../lib/origin.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** The network's calendar feed, to subscribe to in any calendar app. */
export function CalendarSubscription({ network }: { network: string }) {
  const { t } = useTranslation();
  const url = new URL(calendarPath(network, useLanguage()), pageOrigin()).href;
  return (
    <PageSection id="calendar-heading" title={t('events.calendar.title')}>
      <Paragraph mb="s">{t('events.calendar.text')}</Paragraph>
      <CalendarAddress url={url} label={t('events.calendar.addressLabel')} testId="calendar" />
    </PageSection>
  );
}

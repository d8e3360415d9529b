import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useMeetingPhase } from '../../../lib/meeting-phase.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { Attendance } from './Attendance.tsx';

/** How to take part: the counted join link, when it opens, the calendar file and "I'll attend". */
export function JoinMeeting({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const format = useMeetingTime();
  const open = useMeetingPhase(event) !== 'upcoming';
  const opens = format.moment(event.joinOpensAt, event.timeZone);
  return (
    <PageSection id="join-heading" title={t('events.join.title')}>
      <Paragraph mb="s" data-testid="join-explanation">
        {open
          ? t('events.join.open')
          : t('events.join.opensAt', { time: opens, minutes: event.joinOpensMinutesBefore })}
      </Paragraph>
      <MeetingActions network={network} event={event} join />
      <Attendance network={network} event={event} />
    </PageSection>
  );
}

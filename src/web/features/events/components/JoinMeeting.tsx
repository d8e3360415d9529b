import { Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useMeetingPhase } from '../../../lib/meeting-phase.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { Attendance } from './Attendance.tsx';

/** How to take part: the counted join link, when it opens, the calendar file and "I'll attend". */
export function JoinMeeting({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const open = useMeetingPhase(event) !== 'upcoming';
  return (
    <PageSection id="join-heading" title={t('events.join.title')}>
      <Paragraph mb="s" data-testid="join-explanation">
        {open
          ? t('events.join.open')
          : // The moment it opens is said once, beside where the link will be.
            t('events.join.opensAt', { minutes: event.joinOpensMinutesBefore })}
      </Paragraph>
      <MeetingActions network={network} event={event} join />
      <Attendance network={network} event={event} />
    </PageSection>
  );
}

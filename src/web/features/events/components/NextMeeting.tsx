import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import type { EventSummary } from '#shared/events.ts';
import { AppLink } from '../../../components/links.tsx';
import { CancelledNotice } from '../../../components/meeting/CancelledNotice.tsx';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { MeetingTime } from '../../../components/meeting/MeetingTime.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { useMeetingPhase } from '../../../lib/meeting-phase.ts';
import { tokens } from '../../../lib/theme.ts';

const Card = styled.div`
  max-width: 45rem;
  box-sizing: border-box;
  padding: ${tokens.space.m} ${tokens.space.l};
  margin-bottom: ${tokens.space.l};
  background: ${tokens.surfaceAlt};
  border-left: 6px solid ${tokens.highlight};
`;

const Title = styled.p`
  ${tokens.type.semiBold}
  font-size: 22px;
  line-height: 1.4;
  margin: 0 0 ${tokens.space.xs};
`;

const Theme = styled.p`
  ${tokens.type.body}
  margin: 0 0 ${tokens.space.xs};
`;

/** The next meeting, highlighted: what, when, and the way in. */
export function NextMeeting({ network, event }: { network: string; event: EventSummary }) {
  const { t } = useTranslation();
  const cancelled = event.status === 'cancelled';
  const live = useMeetingPhase(event) === 'live' && !cancelled;
  return (
    <Card data-testid="next-meeting">
      <Heading variant="h3" mb="xs">
        {live ? t('events.upcoming.now') : t('events.upcoming.next')}
      </Heading>
      <Title>
        <AppLink to={eventPath(network, event.slug)}>{event.title}</AppLink>
      </Title>
      {event.theme && (
        <Theme>
          {t('events.theme')}: {event.theme.title}
        </Theme>
      )}
      <MeetingTime event={event} />
      {cancelled && <CancelledNotice />}
      <MeetingActions network={network} event={event} join={!cancelled} />
    </Card>
  );
}

import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import type { EventSummary } from '#shared/events.ts';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { CancelledNotice } from '../../../components/meeting/CancelledNotice.tsx';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { MeetingTime } from '../../../components/meeting/MeetingTime.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { livePath } from '../../../lib/live-paths.ts';
import { useMeetingPhase } from '../../../lib/meeting-phase.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

const Card = styled.section`
  box-sizing: border-box;
  padding: ${tokens.space.m};
  margin-bottom: ${tokens.space.l};
  background: ${tokens.surfaceAlt};
  border-left: 6px solid ${tokens.highlight};
  @media (min-width: 600px) {
    padding: ${tokens.space.m} ${tokens.space.l};
  }
`;

const Title = styled.p`
  ${tokens.type.semiBold}
  font-size: 22px;
  line-height: 1.35;
  margin: 0 0 ${tokens.space.xs};
`;

const Theme = styled.p`
  ${tokens.type.body}
  margin: 0 0 ${tokens.space.xs};
`;

const Room = styled.p`
  ${tokens.type.bodySmall}
  margin: ${tokens.space.xs} 0 0;
`;

/** The next meeting, highlighted: what, when (with the zone's name), and every way in. */
export function NextMeeting({ network, event }: { network: string; event: EventSummary }) {
  const { t } = useTranslation();
  const cancelled = event.status === 'cancelled';
  const live = useMeetingPhase(event) === 'live' && !cancelled;
  return (
    <Card data-testid="next-meeting" aria-labelledby="next-meeting-heading">
      <Heading variant="h2" id="next-meeting-heading" mb="xs">
        {live ? t('events.upcoming.now') : t('events.upcoming.next')}
      </Heading>
      <Title>
        <AppLink to={eventPath(network, event.slug)}>
          <Localized text={event.title} />
        </AppLink>
      </Title>
      {event.theme && (
        <Theme>
          {t('events.theme')}: <Localized text={event.theme.title} />
        </Theme>
      )}
      <MeetingTime event={event} />
      {cancelled && <CancelledNotice />}
      <MeetingActions network={network} event={event} join={!cancelled} />
      {!cancelled && (
        <Room data-testid="next-meeting-room">
          <AppLink to={livePath(network, event.slug)}>{t('events.upcoming.liveRoom')}</AppLink>{' '}
          {t('events.upcoming.liveRoomText')}
        </Room>
      )}
    </Card>
  );
}

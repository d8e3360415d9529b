import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import type { Room } from '../../../api/get-room.ts';
import { Localized, LocalizedHtml } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { CancelledNotice } from '../../../components/meeting/CancelledNotice.tsx';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { MeetingTime } from '../../../components/meeting/MeetingTime.tsx';
import { RichText } from '../../../components/meeting/RichText.tsx';
import { SpeakerList } from '../../../components/meeting/SpeakerList.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { useNow } from '../../../lib/render-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

const Aside = styled.aside`
  box-sizing: border-box;
  background: ${tokens.surface};
  border-top: 4px solid ${tokens.highlight};
  padding: ${tokens.space.m} ${tokens.space.m} ${tokens.space.l};
`;

const Block = styled.div`
  margin-top: ${tokens.space.l};
`;

/** Beside the room: what the meeting is, when, the way into its video call and its introduction. */
export function AboutMeeting({ network, event, room }: { network: string; event: Event; room: Room }) {
  const { t } = useTranslation();
  const format = useMeetingTime();
  const pick = useLocalized();
  const cancelled = event.status === 'cancelled';
  const [now] = useNow();
  const ended = new Date(event.endsAt).getTime() <= now.getTime();
  return (
    <Aside aria-labelledby="about-heading" data-testid="about-meeting">
      <Heading variant="h2" id="about-heading" mb="s">
        {t('live.about.title')}
      </Heading>
      {event.theme && (
        <Paragraph mb="xs">
          {t('events.theme')}: <Localized text={event.theme.title} />
        </Paragraph>
      )}
      <MeetingTime event={event} />
      {cancelled && <CancelledNotice />}
      {!cancelled && !ended && (
        <>
          <Paragraph mb="xs" data-testid="meeting-link-explanation">
            {event.meetingUrl !== null
              ? t('live.about.meetingOpen')
              : t('live.about.meetingOpensAt', { time: format.moment(event.joinOpensAt, event.timeZone) })}
          </Paragraph>
          <MeetingActions network={network} event={event} join />
        </>
      )}
      {room.summaryHtml && (
        <Block>
          <Heading variant="h3" mb="xs">
            {t('live.summary.title')}
          </Heading>
          <RichText html={room.summaryHtml} testId="room-summary" />
        </Block>
      )}
      {pick(event.introductionHtml).text && (
        <Block>
          <Heading variant="h3" mb="xs">
            {t('events.event.introduction')}
          </Heading>
          <LocalizedHtml html={event.introductionHtml} testId="room-introduction" />
        </Block>
      )}
      {event.speakers.length > 0 && (
        <Block>
          <Heading variant="h3" mb="xs">
            {t('events.event.speakers')}
          </Heading>
          <SpeakerList speakers={event.speakers} />
        </Block>
      )}
      <Block>
        <AppLink to={eventPath(network, event.slug)}>{t('live.about.eventPage')}</AppLink>
      </Block>
    </Aside>
  );
}

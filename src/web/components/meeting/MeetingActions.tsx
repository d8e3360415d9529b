import { styled } from 'styled-components';
import { Link } from 'suomifi-ui-components';
import type { LocalizedText } from '#shared/languages.ts';
import { eventCalendarPath, joinPath } from '../../lib/event-paths.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useLocalized } from '../../lib/localized.ts';
import { useMeetingPhase } from '../../lib/meeting-phase.ts';
import { useMeetingTime } from '../../lib/meeting-time.ts';
import { tokens } from '../../lib/theme.ts';
import { useTranslation } from '../../lib/translation.tsx';
import { ButtonLink } from '../links.tsx';

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.s} ${tokens.space.l};
  margin: ${tokens.space.s} 0;
`;

const Opens = styled.p`
  ${tokens.type.semiBold}
  margin: 0;
`;

interface MeetingActionsProps {
  network: string;
  event: {
    slug: string;
    title: LocalizedText;
    joinOpensAt: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
  };
  /** Offers the join link (a plain link to the server: it works without an account). */
  join: boolean;
}

/** "Join the meeting" and "Add to calendar"; their accessible names also name the meeting. */
export function MeetingActions({ network, event, join }: MeetingActionsProps) {
  const { t } = useTranslation();
  const title = useLocalized()(event.title).text;
  const language = useLanguage();
  const named = (text: string) => ({ 'aria-label': `${text}: ${title}` });
  return (
    <Row>
      {join && <JoinLink network={network} event={event} />}
      <Link
        href={eventCalendarPath(network, event.slug, language)}
        download
        data-testid="event-ics-link"
        {...named(t('events.addToCalendar'))}
      >
        {t('events.addToCalendar')}
      </Link>
    </Row>
  );
}

/** The counted join link once it opens; until then, when it will (no link to a page that says so). */
function JoinLink({ network, event }: Omit<MeetingActionsProps, 'join'>) {
  const { t } = useTranslation();
  const format = useMeetingTime();
  const title = useLocalized()(event.title).text;
  if (useMeetingPhase(event) === 'upcoming') {
    const time = format.moment(event.joinOpensAt, event.timeZone);
    return <Opens data-testid="join-opens">{t('events.join.opensLater', { time })}</Opens>;
  }
  return (
    <ButtonLink
      to={joinPath(network, event.slug)}
      reloadDocument
      data-testid="join-link"
      aria-label={`${t('events.join.link')}: ${title}`}
    >
      {t('events.join.link')}
    </ButtonLink>
  );
}

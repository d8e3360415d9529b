import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Link } from 'suomifi-ui-components';
import { eventCalendarPath, joinPath } from '../../lib/event-paths.ts';
import { tokens } from '../../lib/theme.ts';
import { ButtonLink } from '../links.tsx';

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.s} ${tokens.space.l};
  margin: ${tokens.space.s} 0;
`;

interface MeetingActionsProps {
  network: string;
  event: { slug: string; title: string };
  /** Offers the join link (a plain link to the server: it works without an account). */
  join: boolean;
}

/** "Join the meeting" and "Add to calendar"; their accessible names also name the meeting. */
export function MeetingActions({ network, event, join }: MeetingActionsProps) {
  const { t } = useTranslation();
  const named = (text: string) => ({ 'aria-label': `${text}: ${event.title}` });
  return (
    <Row>
      {join && (
        <ButtonLink
          to={joinPath(network, event.slug)}
          reloadDocument
          data-testid="join-link"
          {...named(t('events.join.link'))}
        >
          {t('events.join.link')}
        </ButtonLink>
      )}
      <Link
        href={eventCalendarPath(network, event.slug)}
        download
        data-testid="event-ics-link"
        {...named(t('events.addToCalendar'))}
      >
        {t('events.addToCalendar')}
      </Link>
    </Row>
  );
}

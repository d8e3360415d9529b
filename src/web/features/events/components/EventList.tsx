import { styled } from 'styled-components';
import type { EventSummary } from '#shared/events.ts';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { CancelledTag } from '../../../components/meeting/CancelledNotice.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  max-width: 45rem;
`;

const Item = styled.li`
  padding: ${tokens.space.s} 0;
  border-bottom: 1px solid ${tokens.borderLight};
`;

const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xxs} ${tokens.space.s};
  align-items: center;
  margin: ${tokens.space.xxs} 0 0;
  ${tokens.type.bodySmall}
  color: ${tokens.text};
`;

/** Meetings as a list of links to their pages, each with its day, theme and status. */
export function EventList({
  network,
  events,
  testId,
}: {
  network: string;
  events: EventSummary[];
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useMeetingTime();
  return (
    <List data-testid={testId}>
      {events.map((event) => (
        <Item key={event.id}>
          <AppLink to={eventPath(network, event.slug)}>
            <Localized text={event.title} />
          </AppLink>
          <Meta>
            <time dateTime={event.startsAt}>{format.date(event.startsAt, event.timeZone)}</time>
            {event.theme && (
              <span>
                {t('events.theme')}: <Localized text={event.theme.title} />
              </span>
            )}
            {event.status === 'cancelled' && <CancelledTag />}
          </Meta>
        </Item>
      ))}
    </List>
  );
}

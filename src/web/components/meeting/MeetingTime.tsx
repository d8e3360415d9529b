import { styled } from 'styled-components';
import type { EventSummary } from '#shared/events.ts';
import { useMeetingTime, visitorTimeZone } from '../../lib/meeting-time.ts';
import { useHydrated } from '../../lib/render-time.ts';
import { tokens } from '../../lib/theme.ts';
import { useTranslation } from '../../lib/translation.tsx';

const Lines = styled.div`
  margin: 0 0 ${tokens.space.s};
  ${tokens.type.body}
  & > p {
    margin: 0;
  }
`;

const Strong = styled.span`
  ${tokens.type.semiBold}
`;

const Zone = styled.span`
  color: ${tokens.muted};
`;

type Timing = Pick<EventSummary, 'startsAt' | 'endsAt' | 'timeZone'>;

/**
 * When a meeting is: in the network's time zone and, when it reads differently there, in the
 * visitor's own; each labelled with its zone.
 */
export function MeetingTime({ event }: { event: Timing }) {
  const { t } = useTranslation();
  const format = useMeetingTime();
  // The server cannot know the visitor's zone: it is added once the page runs in the browser.
  const own = useHydrated() ? visitorTimeZone() : event.timeZone;
  const network = format.span(event.startsAt, event.endsAt, event.timeZone);
  const visitor = own === event.timeZone ? null : format.span(event.startsAt, event.endsAt, own);
  const showVisitor = visitor !== null && visitor.text !== network.text;
  return (
    <Lines data-testid="meeting-time">
      <p>
        <Strong>
          <time dateTime={event.startsAt}>{network.text}</time>
        </Strong>{' '}
        <Zone>({network.zone})</Zone>
      </p>
      {showVisitor && (
        <p data-testid="meeting-time-own">
          {t('events.time.yours')}: {visitor.text} <Zone>({visitor.zone})</Zone>
        </p>
      )}
    </Lines>
  );
}

import { styled } from 'styled-components';
import { Link } from 'suomifi-ui-components';
import type { EventSummary } from '#shared/events.ts';
import { useEvents } from '../../../api/list-events.ts';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { ALL_PAST } from './PastMeetings.tsx';

const SHOWN = 6;

const Grid = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 280px), 1fr));
  gap: ${tokens.space.m};
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Card = styled.li`
  box-sizing: border-box;
  padding: ${tokens.space.s} ${tokens.space.m} ${tokens.space.m};
  border: 1px solid ${tokens.borderLight};
  border-top: 4px solid ${tokens.brand};
  background: ${tokens.surface};
`;

const Title = styled.h3`
  ${tokens.type.semiBold}
  font-size: 18px;
  line-height: 1.4;
  margin: ${tokens.space.xxs} 0 ${tokens.space.xs};
`;

const Small = styled.p`
  ${tokens.type.bodySmall}
  margin: 0 0 ${tokens.space.xs};
`;

const Left = styled.ul`
  ${tokens.type.bodySmall}
  margin: ${tokens.space.xs} 0 0;
  padding-left: ${tokens.space.m};
  & > li {
    margin-bottom: ${tokens.space.xxs};
  }
`;

/** What a held meeting left: its recording and its materials, as links. */
function WhatItLeft({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  if (!event.recordingUrl && event.materials.length === 0) {
    return <Small>{t('events.past.nothingLeft')}</Small>;
  }
  return (
    <Left aria-label={t('events.past.leftLabel', { title: pick(event.title).text })}>
      {event.recordingUrl && (
        <li>
          <Link href={event.recordingUrl} data-testid="glance-recording">
            {t('events.past.recording')}
          </Link>
        </li>
      )}
      {event.materials.map((material) => (
        <li key={material.id}>
          <Link href={material.url} data-testid="glance-material">
            <Localized text={material.title} />
          </Link>
        </li>
      ))}
    </Left>
  );
}

function PastCard({ network, event }: { network: string; event: EventSummary }) {
  const { t } = useTranslation();
  const format = useMeetingTime();
  return (
    <Card data-testid="past-glance-item">
      <Small>
        <time dateTime={event.startsAt}>{format.date(event.startsAt, event.timeZone)}</time>
      </Small>
      <Title>
        <AppLink to={eventPath(network, event.slug)}>
          <Localized text={event.title} />
        </AppLink>
      </Title>
      {event.theme && (
        <Small>
          {t('events.theme')}: <Localized text={event.theme.title} />
        </Small>
      )}
      <WhatItLeft event={event} />
    </Card>
  );
}

/** The latest held meetings at a glance: theme, recording and materials of each. */
export function PastMeetingsGlance({ network }: { network: string }) {
  const { t } = useTranslation();
  const events = useEvents(network, ALL_PAST).data?.events ?? [];
  const held = events.filter((event) => event.status !== 'cancelled').slice(0, SHOWN);
  if (held.length === 0) return null;
  return (
    <PageSection id="past-glance-heading" title={t('events.past.latest')}>
      <Grid data-testid="past-glance">
        {held.map((event) => (
          <PastCard key={event.id} network={network} event={event} />
        ))}
      </Grid>
    </PageSection>
  );
}

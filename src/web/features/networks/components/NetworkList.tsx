import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useEvents } from '../../../api/list-events.ts';
import { type NetworkSummary, useNetworks } from '../../../api/list-networks.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { MeetingActions } from '../../../components/meeting/MeetingActions.tsx';
import { MeetingTime } from '../../../components/meeting/MeetingTime.tsx';
import { eventPath } from '../../../lib/event-paths.ts';
import { MainLanguageContext, useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { HostMark } from './HostMark.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: ${tokens.space.m};
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr));
`;

/** The network and its next meeting: side by side when the card is wide (one network alone). */
const Card = styled.li`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
  gap: 0 ${tokens.space.xl};
  align-items: start;
  background: ${tokens.surface};
  border: 1px solid ${tokens.borderLight};
  border-top: 4px solid ${tokens.highlight};
  padding: ${tokens.space.m};
`;

const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs};
  align-items: center;
  margin: ${tokens.space.xs} 0 0;
  ${tokens.type.bodySmall}
`;

const Next = styled.div`
  margin-top: ${tokens.space.s};
  padding-top: ${tokens.space.s};
  border-top: 1px solid ${tokens.borderLight};
`;

const NextLabel = styled.p`
  ${tokens.type.label}
  margin: 0 0 ${tokens.space.xxs};
`;

const NextTitle = styled.p`
  ${tokens.type.semiBold}
  margin: 0 0 ${tokens.space.xxs};
`;

/** The same list the network's home asks for first, so both share one cached answer. */
const UPCOMING = { when: 'upcoming', limit: 4 } as const;

/** The network's next meeting: what, when, and the way in; a line saying so when none is planned. */
function NextMeetingOf({ network }: { network: string }) {
  const { t } = useTranslation();
  const events = useEvents(network, UPCOMING);
  if (events.isPending || events.error) return null;
  const next = events.data.events[0];
  return (
    <Next data-testid="home-next-meeting">
      <NextLabel>{t('events.upcoming.next')}</NextLabel>
      {next ? (
        <>
          <NextTitle>
            <AppLink to={eventPath(network, next.slug)}>
              <Localized text={next.title} />
            </AppLink>
          </NextTitle>
          <MeetingTime event={next} />
          <MeetingActions network={network} event={next} join={next.status !== 'cancelled'} />
        </>
      ) : (
        <Paragraph>{t('events.upcoming.none')}</Paragraph>
      )}
    </Next>
  );
}

function NetworkCard({ network }: { network: NetworkSummary }) {
  const pick = useLocalized();
  const name = pick(network.name);
  return (
    <Card data-testid="home-network">
      <div>
        <Heading variant="h3">
          <AppLink to={networkPath(network.slug)} lang={name.lang}>
            {name.text}
          </AppLink>
        </Heading>
        <Meta>
          <HostMark host={network} size={24} />
          {network.hashtag && <span>{network.hashtag}</span>}
          <StatusBadge status={network.status} />
        </Meta>
      </div>
      {network.status === 'active' && (
        <MainLanguageContext.Provider value={network.mainLanguage}>
          <NextMeetingOf network={network.slug} />
        </MainLanguageContext.Provider>
      )}
    </Card>
  );
}

/** All networks on this installation, as cards. */
export function NetworkList() {
  const { t } = useTranslation();
  const networks = useNetworks();
  if (networks.isPending) return <Loading />;
  if (networks.error) return <InlineLoadError error={networks.error} retry={() => networks.refetch()} />;
  if (networks.data.networks.length === 0) return <Paragraph>{t('home.noNetworks')}</Paragraph>;
  return (
    <List data-testid="network-list">
      {networks.data.networks.map((network) => (
        <NetworkCard key={network.slug} network={network} />
      ))}
    </List>
  );
}

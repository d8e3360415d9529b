import { useParams } from 'react-router';
import { styled } from 'styled-components';
import type { Network } from '#shared/networks.ts';
import { useNetwork } from '../../api/get-network.ts';
import { LoadError, Loading } from '../../components/LoadState.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { CalendarSubscription } from '../../features/events/components/CalendarSubscription.tsx';
import { PastMeetings } from '../../features/events/components/PastMeetings.tsx';
import { PastMeetingsGlance } from '../../features/events/components/PastMeetingsGlance.tsx';
import { UpcomingMeetings } from '../../features/events/components/UpcomingMeetings.tsx';
import { HostMark } from '../../features/networks/components/HostMark.tsx';
import { MembershipPanel } from '../../features/networks/components/MembershipPanel.tsx';
import { StatusBadge } from '../../features/networks/components/StatusBadge.tsx';
import { InterestLink } from '../../features/outreach/components/InterestLink.tsx';
import { PublicProgramme } from '../../features/programme/components/PublicProgramme.tsx';
import { RecentChanges } from '../../features/surveys/components/changes/RecentChanges.tsx';
import { useLocalized } from '../../lib/localized.ts';
import { tokens } from '../../lib/theme.ts';
import { useTranslation } from '../../lib/translation.tsx';

const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xs} ${tokens.space.m};
  margin: -${tokens.space.xs} 0 ${tokens.space.m};
  ${tokens.type.bodySmall}
`;

/**
 * One column on a phone, in reading order: the next meeting, what past meetings left, the search,
 * then the rest. On a wide screen the rest sits beside the meetings and the latest meetings take
 * the whole width.
 */
const Home = styled.div`
  display: grid;
  gap: 0 ${tokens.space.xl};
  grid-template-columns: minmax(0, 1fr);
  grid-template-areas: 'next' 'glance' 'past' 'side' 'more';
  @media (min-width: 900px) {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    grid-template-areas: 'next side' 'glance glance' 'past more';
    align-items: start;
  }
`;

/** The areas that start a column have no space above them: on a phone only the first one. */
const Area = styled.div<{ $area: 'next' | 'glance' | 'past' | 'side' | 'more' }>`
  grid-area: ${({ $area }) => $area};
  min-width: 0;
  & > section:first-child {
    margin-top: ${({ $area }) => ($area === 'next' ? '0' : tokens.space.xxl)};
  }
  @media (min-width: 900px) {
    & > section:first-child {
      margin-top: ${({ $area }) => ($area === 'next' || $area === 'side' ? '0' : tokens.space.xxl)};
    }
  }
`;

/** Markdown rendered and sanitised by the server. */
const Description = styled.div`
  ${tokens.type.body}
  a {
    color: ${tokens.highlightDark};
  }
`;

/** The network's name, host, hashtag and status: short, so the next meeting stays in view. */
function NetworkHeading({ network }: { network: Network }) {
  const pick = useLocalized();
  const name = pick(network.name);
  return (
    <>
      <PageTitle title={name.text}>
        <span lang={name.lang}>{name.text}</span>
      </PageTitle>
      <Meta>
        <HostMark host={network} size={28} withLabel testId="network-host" />
        {network.hashtag && <span data-testid="network-hashtag">{network.hashtag}</span>}
        <StatusBadge status={network.status} />
      </Meta>
    </>
  );
}

/** What the network is: its description. */
function About({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const description = pick(network.descriptionHtml);
  if (!description.text) return null;
  return (
    <PageSection id="about-heading" title={t('networks.page.about')}>
      {/* The server renders the Markdown and sanitises the HTML. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server */}
      <Description lang={description.lang} dangerouslySetInnerHTML={{ __html: description.text }} />
    </PageSection>
  );
}

/** What the network wants to achieve. */
function Goals({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  if (network.goals.length === 0) return null;
  return (
    <PageSection id="goals-heading" title={t('networks.page.goals')}>
      <ul>
        {network.goals.map((goal) => {
          const text = pick(goal);
          return (
            <li key={text.text} lang={text.lang}>
              {text.text}
            </li>
          );
        })}
      </ul>
    </PageSection>
  );
}

/**
 * A network's home: the next meeting and the way into it first, then what past meetings left,
 * then the rest (programme, following, the interest form, what the network is).
 */
function NetworkView({ network }: { network: Network }) {
  const { t } = useTranslation();
  return (
    <article data-testid="network">
      <NetworkHeading network={network} />
      <Home data-testid="network-events">
        <Area $area="next">
          <UpcomingMeetings network={network.slug} />
        </Area>
        <Area $area="glance">
          <PastMeetingsGlance network={network.slug} />
        </Area>
        <Area $area="past">
          <PastMeetings network={network.slug} />
        </Area>
        <Area $area="side">
          <PublicProgramme network={network.slug} />
          <PageSection id="take-part-heading" title={t('networks.page.takePart')}>
            <InterestLink network={network.slug} />
            <MembershipPanel network={network} />
          </PageSection>
          <RecentChanges network={network.slug} />
        </Area>
        <Area $area="more">
          <CalendarSubscription network={network.slug} />
          <About network={network} />
          <Goals network={network} />
        </Area>
      </Home>
    </article>
  );
}

export function NetworkPage() {
  const slug = useParams().network ?? '';
  const network = useNetwork(slug);
  if (network.isPending) return <Loading />;
  if (network.error) return <LoadError error={network.error} retry={() => network.refetch()} />;
  return <NetworkView network={network.data} />;
}

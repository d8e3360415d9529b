import { useTranslation } from 'react-i18next';
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
import { useLocalized } from '../../lib/localized.ts';
import { tokens } from '../../lib/theme.ts';

const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xs} ${tokens.space.m};
  margin: -${tokens.space.xs} 0 ${tokens.space.m};
  ${tokens.type.bodySmall}
`;

/** One column on a phone; on a wide screen the meetings and, beside them, the rest. */
const Columns = styled.div`
  display: grid;
  gap: 0 ${tokens.space.xl};
  grid-template-columns: minmax(0, 1fr);
  @media (min-width: 900px) {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
`;

const Side = styled.div`
  & > section:first-child {
    margin-top: 0;
  }
  @media (max-width: 899px) {
    margin-top: ${tokens.space.xl};
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

/** What the network is and wants: its description and goals. */
function About({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const description = pick(network.descriptionHtml);
  if (!description.text && network.goals.length === 0) return null;
  return (
    <PageSection id="about-heading" title={t('networks.page.about')}>
      {/* The server renders the Markdown and sanitises the HTML. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server */}
      <Description lang={description.lang} dangerouslySetInnerHTML={{ __html: description.text }} />
      {network.goals.length > 0 && <Goals network={network} />}
    </PageSection>
  );
}

function Goals({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <section aria-labelledby="goals-heading">
      <h3 id="goals-heading">{t('networks.page.goals')}</h3>
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
    </section>
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
      <Columns data-testid="network-events">
        <div>
          <UpcomingMeetings network={network.slug} />
          <PastMeetingsGlance network={network.slug} />
          <PastMeetings network={network.slug} />
        </div>
        <Side>
          <PublicProgramme network={network.slug} />
          <PageSection id="take-part-heading" title={t('networks.page.takePart')}>
            <InterestLink network={network.slug} />
            <MembershipPanel network={network} />
          </PageSection>
          <CalendarSubscription network={network.slug} />
          <About network={network} />
        </Side>
      </Columns>
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

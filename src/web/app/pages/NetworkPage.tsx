import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { useNetwork } from '../../api/get-network.ts';
import { LoadError, Loading } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { NetworkEvents } from '../../features/events/components/NetworkEvents.tsx';
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
  gap: ${tokens.space.s};
  margin: -${tokens.space.xs} 0 ${tokens.space.m};
  ${tokens.type.semiBold}
`;

/** Markdown rendered and sanitised by the server. */
const Description = styled.div`
  ${tokens.type.body}
  max-width: 45rem;
  a {
    color: ${tokens.highlightDark};
  }
`;

const Section = styled.section`
  margin-top: ${tokens.space.xl};
`;

function NetworkView({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const name = pick(network.name);
  const description = pick(network.descriptionHtml);
  return (
    <article data-testid="network">
      <PageTitle title={name.text}>
        <span lang={name.lang}>{name.text}</span>
      </PageTitle>
      <Meta>
        {network.hashtag && <span data-testid="network-hashtag">{network.hashtag}</span>}
        <StatusBadge status={network.status} />
      </Meta>
      <MembershipPanel network={network} />
      <InterestLink network={network.slug} />
      {description.text && (
        <Section aria-labelledby="about-heading">
          <Heading variant="h2" id="about-heading" mb="s">
            {t('networks.page.about')}
          </Heading>
          {/* The server renders the Markdown and sanitises the HTML. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server */}
          <Description lang={description.lang} dangerouslySetInnerHTML={{ __html: description.text }} />
        </Section>
      )}
      {network.goals.length > 0 && (
        <Section aria-labelledby="goals-heading">
          <Heading variant="h2" id="goals-heading" mb="s">
            {t('networks.page.goals')}
          </Heading>
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
        </Section>
      )}
      <PublicProgramme network={network.slug} />
      <NetworkEvents network={network.slug} />
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

import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { type NetworkSummary, useNetworks } from '../../../api/list-networks.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { StatusBadge } from './StatusBadge.tsx';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: ${tokens.space.m};
  grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
`;

const Card = styled.li`
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

function NetworkCard({ network }: { network: NetworkSummary }) {
  const pick = useLocalized();
  const name = pick(network.name);
  return (
    <Card>
      <Heading variant="h3">
        <AppLink to={networkPath(network.slug)} lang={name.lang}>
          {name.text}
        </AppLink>
      </Heading>
      <Meta>
        {network.hashtag && <span>{network.hashtag}</span>}
        <StatusBadge status={network.status} />
      </Meta>
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

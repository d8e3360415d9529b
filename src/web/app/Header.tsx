import { useQuery } from '@tanstack/react-query';
import { useMatch } from 'react-router';
import { styled } from 'styled-components';
import { networkQueryOptions } from '../api/get-network.ts';
import { RouteLink } from '../components/links.tsx';
import { HostMark } from '../features/networks/components/HostMark.tsx';
import { useLocalized } from '../lib/localized.ts';
import { networkPath } from '../lib/paths.ts';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';
import { Container } from './Container.tsx';
import { HeaderMenu, NARROW } from './HeaderMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserNav } from './UserNav.tsx';

const Bar = styled.header`
  background: ${tokens.surface};
  border-top: 4px solid ${tokens.brand};
  border-bottom: 1px solid ${tokens.borderLight};
`;

/** One row at every width: the brand and the network on the left, the tools (or the menu) right. */
const Inner = styled(Container)`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.space.m};
  min-height: 52px;
  padding-top: ${tokens.space.xxs};
  padding-bottom: ${tokens.space.xxs};
`;

const Brand = styled.div`
  display: flex;
  align-items: center;
  gap: ${tokens.space.xs};
  min-width: 0;
  white-space: nowrap;
`;

const Home = styled(RouteLink)`
  font-size: 26px;
  font-weight: 600;
  color: ${tokens.brand};
  text-decoration: none;
  &:hover {
    text-decoration: underline;
  }
  line-height: 1.2;
  @media ${NARROW} {
    font-size: 22px;
  }
`;

const NetworkLink = styled(RouteLink)`
  ${tokens.type.semiBold}
  color: ${tokens.highlightDark};
  overflow: hidden;
  text-overflow: ellipsis;
  min-width: 0;
`;

/** The host's logo beside the network's name, where there is room for it. */
const HostLogo = styled.span`
  display: contents;
  @media ${NARROW} {
    display: none;
  }
`;

/** The network the page belongs to, when inside /n/:network. */
function CurrentNetwork() {
  const pick = useLocalized();
  const slug = useMatch('/n/:network/*')?.params.network ?? '';
  const { data } = useQuery({ ...networkQueryOptions(slug), enabled: slug !== '' });
  if (!slug || !data) return null;
  return (
    <>
      <span aria-hidden="true">/</span>
      {data.logoUrl && (
        <HostLogo>
          <HostMark host={data} size={28} logoOnly testId="header-host-logo" />
        </HostLogo>
      )}
      <NetworkLink to={networkPath(data.slug)} data-testid="header-network" lang={pick(data.name).lang}>
        {pick(data.name).text}
      </NetworkLink>
    </>
  );
}

export function Header() {
  const { t } = useTranslation();
  return (
    <Bar>
      <Inner>
        <Brand>
          <Home to="/">{t('app.name')}</Home>
          <CurrentNetwork />
        </Brand>
        <HeaderMenu>
          <LanguageSwitch />
          <UserNav />
        </HeaderMenu>
      </Inner>
    </Bar>
  );
}

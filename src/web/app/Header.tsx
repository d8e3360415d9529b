import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { styled } from 'styled-components';
import { localized } from '#shared/common.ts';
import { networkQueryOptions } from '../api/get-network.ts';
import { useLanguage } from '../lib/i18n.ts';
import { networkPath } from '../lib/paths.ts';
import { tokens } from '../lib/theme.ts';
import { Container } from './Container.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserNav } from './UserNav.tsx';

const Bar = styled.header`
  background: ${tokens.surface};
  border-top: 4px solid ${tokens.brand};
  border-bottom: 1px solid ${tokens.borderLight};
`;

const Inner = styled(Container)`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.space.s} ${tokens.space.xl};
  padding-top: ${tokens.space.s};
  padding-bottom: ${tokens.space.s};
`;

const Brand = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${tokens.space.xs};
`;

const Home = styled(Link)`
  font-size: 26px;
  font-weight: 600;
  color: ${tokens.brand};
  text-decoration: none;
  &:hover {
    text-decoration: underline;
  }
`;

const NetworkLink = styled(Link)`
  ${tokens.type.semiBold}
  color: ${tokens.highlightDark};
`;

const Tools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.s} ${tokens.space.xl};
`;

/** The network the page belongs to, when inside /n/:network. */
function CurrentNetwork() {
  const language = useLanguage();
  const slug = useMatch('/n/:network/*')?.params.network ?? '';
  const { data } = useQuery({ ...networkQueryOptions(slug), enabled: slug !== '' });
  if (!slug || !data) return null;
  return (
    <>
      <span aria-hidden="true">/</span>
      <NetworkLink to={networkPath(data.slug)} data-testid="header-network">
        {localized(data.name, language)}
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
        <Tools>
          <LanguageSwitch />
          <UserNav />
        </Tools>
      </Inner>
    </Bar>
  );
}

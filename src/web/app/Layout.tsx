import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useMatch } from 'react-router';
import { styled } from 'styled-components';
import { SkipLink } from 'suomifi-ui-components';
import type { Language } from '#shared/languages.ts';
import { networkQueryOptions } from '../api/get-network.ts';
import { useCurrentUser } from '../api/get-session.ts';
import { Loading } from '../components/LoadState.tsx';
import { NavigatedContext } from '../components/PageTitle.tsx';
import { changeLanguage, storedLanguage, useLanguage } from '../lib/i18n.ts';
import { MainLanguageContext } from '../lib/localized.ts';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';
import { Container } from './Container.tsx';
import { Footer } from './Footer.tsx';
import { GlobalStyle } from './GlobalStyle.ts';
import { Header } from './Header.tsx';

const Page = styled.div`
  display: flex;
  flex-direction: column;
  min-height: 100vh;
`;

const Main = styled.main`
  flex: 1;
  padding-top: ${tokens.space.xl};
`;

/** Without a language of their own choosing, a signed-in user gets the one in their profile. */
function useProfileLanguage() {
  const preferred = useCurrentUser()?.preferredLanguage;
  const current = useLanguage();
  useEffect(() => {
    if (preferred && preferred !== current && !storedLanguage()) void changeLanguage(preferred, false);
  }, [preferred, current]);
}

/** The main language of the page's network (/n/:network/…), which the texts organisers wrote fall back to. */
function useRouteMainLanguage(): Language {
  const slug = useMatch('/n/:network/*')?.params.network ?? '';
  // The header reads the same network on every such page, so this adds no request of its own.
  const { data } = useQuery({ ...networkQueryOptions(slug), enabled: slug !== '' });
  return (slug && data?.mainLanguage) || 'fi';
}

/** True once the location differs from the one the app was opened on. */
function useNavigated(): boolean {
  const { key } = useLocation();
  const initialKey = useRef(key);
  const navigated = useRef(false);
  if (key !== initialKey.current) navigated.current = true;
  return navigated.current;
}

export function Layout() {
  const { t } = useTranslation();
  const navigated = useNavigated();
  useProfileLanguage();
  const mainLanguage = useRouteMainLanguage();

  function skipToContent(event: React.MouseEvent) {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }

  return (
    <NavigatedContext value={navigated}>
      <MainLanguageContext value={mainLanguage}>
        <GlobalStyle />
        <Page>
          <SkipLink href="#main" onClick={skipToContent}>
            {t('app.skipToContent')}
          </SkipLink>
          <Header />
          <Main id="main" tabIndex={-1}>
            <Container>
              <Suspense fallback={<Loading />}>
                <Outlet />
              </Suspense>
            </Container>
          </Main>
          <Footer />
        </Page>
      </MainLanguageContext>
    </NavigatedContext>
  );
}

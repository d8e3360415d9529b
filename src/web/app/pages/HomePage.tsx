import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useSession } from '../../api/get-session.ts';
import { ButtonLink } from '../../components/links.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { SetupPanel } from '../../features/auth/components/SetupPanel.tsx';
import { NetworkList } from '../../features/networks/components/NetworkList.tsx';
import { tokens } from '../../lib/theme.ts';
import { useTranslation } from '../../lib/translation.tsx';

const ListHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: center;
  gap: ${tokens.space.s};
  margin: ${tokens.space.l} 0 ${tokens.space.m};
`;

/** Notices other pages leave for the front page in the navigation state. */
function useNotice(): string | null {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const notice = state && typeof state === 'object' && 'notice' in state ? state.notice : null;
  if (notice === 'accountDeleted') return t('profile.delete.done');
  return notice === 'adminClaimed' ? t('home.setup.done') : null;
}

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  // A visitor comes for the networks and their meetings: those first, the first-run setup after them.
  return (
    <>
      <PageTitle title={t('home.title')}>{t('app.name')}</PageTitle>
      <StatusMessage message={notice} />
      <Paragraph>{t('home.intro')}</Paragraph>
      <ListHeader>
        <Heading variant="h2">{t('home.networksHeading')}</Heading>
        {session.data?.user?.isAdmin && <ButtonLink to="/networks/new">{t('home.createNetwork')}</ButtonLink>}
      </ListHeader>
      <NetworkList />
      {session.data?.setupNeeded && <SetupPanel />}
    </>
  );
}

import { useParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import type { Confirmation } from '#shared/outreach.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PostButton } from '../../../components/PostButton.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { interestPath, networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useConfirmation } from '../api/get-link-state.ts';

function ConfirmView({ network, confirmation }: { network: string; confirmation: Confirmation }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const lists = confirmation.lists.map((name) => pick(name).text).join(', ');
  if (confirmation.state === 'confirmed') {
    return (
      <>
        <PageTitle>{t('outreach.confirm.done')}</PageTitle>
        <Paragraph mb="l" data-testid="confirm-state">
          {t('outreach.confirm.lists', { lists })}
        </Paragraph>
        <AppLink to={networkPath(network)}>{t('outreach.link.home')}</AppLink>
      </>
    );
  }
  if (confirmation.state === 'expired') {
    return (
      <>
        <PageTitle>{t('outreach.confirm.title')}</PageTitle>
        <Paragraph mb="l" data-testid="confirm-state">
          {t('outreach.confirm.unknown')}
        </Paragraph>
        <AppLink to={interestPath(network)}>{t('outreach.link.interestForm')}</AppLink>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('outreach.confirm.title')}</PageTitle>
      <Paragraph mb="s">{t('outreach.confirm.question')}</Paragraph>
      <Paragraph mb="l" data-testid="confirm-state">
        {t('outreach.confirm.pendingLists', { lists })}
      </Paragraph>
      <PostButton label={t('outreach.confirm.button')} testId="confirm-button" />
    </>
  );
}

/** The page a confirmation link opens: one button confirms; opened again, it says it is done. */
export function ConfirmPage() {
  const { network = '', token = '' } = useParams();
  const confirmation = useConfirmation(network, token);
  if (confirmation.isPending) return <Loading />;
  if (confirmation.error)
    return <LoadError error={confirmation.error} retry={() => confirmation.refetch()} />;
  return <ConfirmView network={network} confirmation={confirmation.data} />;
}

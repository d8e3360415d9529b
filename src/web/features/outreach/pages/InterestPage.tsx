import { useParams, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { useNetwork } from '../../../api/get-network.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useInterestInfo } from '../api/get-interest-form.ts';
import { CheckYourEmail } from '../components/interest-form/CheckYourEmail.tsx';
import { InterestForm } from '../components/interest-form/InterestForm.tsx';

function Interest({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const name = pick(network.name);
  const info = useInterestInfo(network.slug);
  const posted = useSearchParams()[0].get('sent') === '1';
  const back = (
    <Paragraph>
      <AppLink to={networkPath(network.slug)} lang={name.lang}>
        {t('outreachPage.interest.back', { network: name.text })}
      </AppLink>
    </Paragraph>
  );

  return (
    <>
      <PageTitle title={t('outreachPage.interest.title', { network: name.text })}>
        {t('outreachPage.interest.heading')}
      </PageTitle>
      {posted ? (
        <CheckYourEmail email={null} back={back} />
      ) : info.isPending ? (
        <Loading />
      ) : info.error ? (
        <LoadError error={info.error} retry={() => info.refetch()} />
      ) : info.data.lists.length === 0 ? (
        <>
          <Paragraph mb="m">{t('outreachPage.interest.noLists')}</Paragraph>
          {back}
        </>
      ) : (
        <>
          <Paragraph mb="l">{t('outreachPage.interest.intro')}</Paragraph>
          <InterestForm network={network.slug} info={info.data} back={back} />
        </>
      )}
    </>
  );
}

/** The public interest form: anyone can ask for the network's invitations (double opt-in). */
export function InterestPage() {
  const slug = useParams().network ?? '';
  const network = useNetwork(slug);
  if (network.isPending) return <Loading />;
  if (network.error) return <LoadError error={network.error} retry={() => network.refetch()} />;
  return <Interest network={network.data} />;
}

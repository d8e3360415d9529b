import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { AppLink } from '../../../components/links.tsx';
import { OrganiserPage } from '../../../components/OrganiserPage.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useCreateList } from '../api/create-list.ts';
import { useLists } from '../api/list-lists.ts';
import { CampaignsSection } from '../components/CampaignsSection.tsx';
import { ListForm } from '../components/ListForm.tsx';
import { ListsSection } from '../components/ListsSection.tsx';

function Outreach({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const name = pick(network.name);
  const lists = useLists(network.slug);
  const create = useCreateList(network.slug);
  const [created, setCreated] = useState<string | null>(null);
  const home = networkPath(network.slug);

  return (
    <>
      <PageTitle title={t('outreachPage.title', { network: name.text })}>
        {t('outreachPage.heading')}
      </PageTitle>
      <Paragraph mb="l">
        <AppLink to={home} lang={name.lang}>
          {t('programme.back', { network: name.text })}
        </AppLink>
        {' · '}
        <AppLink to={`${home}/programme`}>{t('programme.link')}</AppLink>
        {' · '}
        <AppLink to={`${home}/surveys`}>{t('surveyResults.link')}</AppLink>
        {' · '}
        <AppLink to={`${home}/interest`}>{t('outreachPage.interestFormLink')}</AppLink>
      </Paragraph>
      <ListsSection network={network.slug} lists={lists} />
      <PageSection id="new-list-heading" title={t('outreachPage.lists.createHeading')} headingSpace="m">
        <StatusMessage message={created} testId="create-list-status" />
        <ListForm
          scope="newList"
          submitText={t('outreachPage.lists.create')}
          resetOnSuccess
          onSubmit={async (input) => {
            setCreated(null);
            await create.mutateAsync(input);
            setCreated(t('outreachPage.lists.created', { list: pick(input.name).text }));
          }}
        />
      </PageSection>
      {lists.data && <CampaignsSection network={network} lists={lists.data} />}
    </>
  );
}

/** Organisers keep the network's mailing lists and send its invitations here. */
export function OutreachPage() {
  const { t } = useTranslation();
  return (
    <OrganiserPage refusal={t('outreachPage.organisersOnly')}>
      {(network) => <Outreach network={network} />}
    </OrganiserPage>
  );
}

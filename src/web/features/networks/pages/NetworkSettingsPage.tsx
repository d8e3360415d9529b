import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { EmailForm } from '../../../components/form/EmailForm.tsx';
import { AppLink } from '../../../components/links.tsx';
import { OrganiserPage } from '../../../components/OrganiserPage.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useInviteOrganiser } from '../api/invite-organiser.ts';
import { useUpdateNetwork } from '../api/update-network.ts';
import { LogoSection } from '../components/LogoSection.tsx';
import { MembersSection } from '../components/MembersSection.tsx';
import { NetworkForm } from '../components/NetworkForm.tsx';
import { networkValues } from '../components/network-form-values.ts';
import { PrivacySection } from '../components/PrivacySection.tsx';

function Settings({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const update = useUpdateNetwork(network.slug);
  const invite = useInviteOrganiser(network.slug);
  const [saved, setSaved] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const name = pick(network.name);

  return (
    <>
      <PageTitle title={t('networks.settings.title', { network: name.text })}>
        {t('networks.settings.heading')}
      </PageTitle>
      <Paragraph mb="l">
        <AppLink to={networkPath(network.slug)} lang={name.lang}>
          {t('networks.settings.back', { network: name.text })}
        </AppLink>
        {' · '}
        <AppLink to={`${networkPath(network.slug)}/programme`}>{t('programme.link')}</AppLink>
        {' · '}
        <AppLink to={`${networkPath(network.slug)}/outreach`}>{t('outreachPage.link')}</AppLink>
        {' · '}
        <AppLink to={`${networkPath(network.slug)}/surveys`}>{t('surveyResults.link')}</AppLink>
        {' · '}
        <AppLink to={`${networkPath(network.slug)}/audit`}>{t('audit.link')}</AppLink>
      </Paragraph>
      <PageSection id="details-heading" title={t('networks.settings.details')} headingSpace="m">
        <StatusMessage message={saved} testId="settings-status" />
        <NetworkForm
          key={network.slug}
          mode="edit"
          initial={networkValues(network)}
          submitText={t('networks.settings.save')}
          onSubmit={async (changes) => {
            setSaved(null);
            await update.mutateAsync(changes);
            setSaved(t('networks.settings.saved'));
          }}
        />
      </PageSection>
      <LogoSection network={network} />
      <PrivacySection network={network} />
      <PageSection id="members-heading" title={t('networks.members.heading')} headingSpace="m">
        <MembersSection slug={network.slug} labelledBy="members-heading" />
      </PageSection>
      <PageSection id="invite-heading" title={t('networks.invite.heading')} headingSpace="s">
        <Paragraph mb="m">{t('networks.invite.text')}</Paragraph>
        <StatusMessage message={invited} testId="invite-status" />
        <EmailForm
          label={t('networks.invite.email')}
          submitText={t('networks.invite.submit')}
          autoComplete="off"
          resetOnSuccess
          onSubmit={async (email) => {
            setInvited(null);
            await invite.mutateAsync(email);
            setInvited(t('networks.invite.sent', { email }));
          }}
        />
      </PageSection>
    </>
  );
}

/** Organisers edit the network, manage its people and invite organisers here. */
export function NetworkSettingsPage() {
  return <OrganiserPage>{(network) => <Settings network={network} />}</OrganiserPage>;
}

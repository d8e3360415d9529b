import { useParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { useInstallation } from '../../../api/get-installation.ts';
import { useNetwork } from '../../../api/get-network.ts';
import { ContactAddress } from '../../../components/ContactAddress.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { RichText } from '../../../components/meeting/RichText.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { DefaultPrivacyNotice } from '../components/DefaultPrivacyNotice.tsx';

/** Whom to ask: the network's organisers, and the service's administrators. */
function Contacts({ network }: { network: Network }) {
  const { t } = useTranslation();
  const installationContact = useInstallation().data?.contactAddress ?? null;
  return (
    <PageSection id="contact-heading" title={t('contact.heading')}>
      <ul data-testid="privacy-contacts">
        <li>
          {t('contact.network')}: <ContactAddress address={network.contactAddress} />
        </li>
        <li>
          {t('contact.installation')}: <ContactAddress address={installationContact} />
        </li>
      </ul>
    </PageSection>
  );
}

function Privacy({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const name = pick(network.name);
  const notice = pick(network.privacyNoticeHtml);
  return (
    <article data-testid="privacy-notice">
      <PageTitle title={t('privacy.title', { network: name.text })}>{t('privacy.heading')}</PageTitle>
      <Paragraph mb="l">
        <AppLink to={networkPath(network.slug)} lang={name.lang}>
          {t('privacy.back', { network: name.text })}
        </AppLink>
      </Paragraph>
      {notice.text ? (
        <div lang={notice.lang}>
          <RichText html={notice.text} testId="network-privacy-notice" />
        </div>
      ) : (
        <DefaultPrivacyNotice />
      )}
      <Contacts network={network} />
    </article>
  );
}

/** A network's privacy notice: the organisers' own, or the platform's default until they write one. */
export function PrivacyPage() {
  const slug = useParams().network ?? '';
  const network = useNetwork(slug);
  if (network.isPending) return <Loading />;
  if (network.error) return <LoadError error={network.error} retry={() => network.refetch()} />;
  return <Privacy network={network.data} />;
}

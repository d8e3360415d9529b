import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { AppLink } from '../../../components/links.tsx';
import { OrganiserPage } from '../../../components/OrganiserPage.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { networkAuditExportPath, networkAuditQueryOptions } from '../api/get-network-audit.ts';
import { AuditLog } from '../components/AuditLog.tsx';

function NetworkAudit({ network }: { network: Network }) {
  const { t } = useTranslation();
  const name = useLocalized()(network.name);
  return (
    <>
      <PageTitle title={t('audit.networkTitle', { network: name.text })}>{t('audit.heading')}</PageTitle>
      <Paragraph mb="m">
        <AppLink to={`${networkPath(network.slug)}/settings`} lang={name.lang}>
          {t('audit.backToSettings', { network: name.text })}
        </AppLink>
      </Paragraph>
      <Paragraph mb="l">{t('audit.networkIntro')}</Paragraph>
      <AuditLog
        pageQuery={(query) => networkAuditQueryOptions(network.slug, query)}
        exportPath={(filter) => networkAuditExportPath(network.slug, filter)}
      />
    </>
  );
}

/** The network's organisers (and admins) read what was done in the network here. */
export function NetworkAuditPage() {
  return <OrganiserPage>{(network) => <NetworkAudit network={network} />}</OrganiserPage>;
}

import { Paragraph } from 'suomifi-ui-components';
import { useNetworks } from '../../../api/list-networks.ts';
import { AppLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { RequireSignIn } from '../../../components/RequireSignIn.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { adminAuditExportPath, adminAuditQueryOptions } from '../api/get-admin-audit.ts';
import { AuditLog } from '../components/AuditLog.tsx';

function AdminAudit() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const networks = useNetworks();
  const options = (networks.data?.networks ?? []).map((n) => ({ value: n.slug, label: pick(n.name).text }));
  return (
    <>
      <PageTitle>{t('audit.adminTitle')}</PageTitle>
      <Paragraph mb="m">
        <AppLink to="/admin">{t('audit.backToAdmin')}</AppLink>
      </Paragraph>
      <Paragraph mb="l">{t('audit.adminIntro')}</Paragraph>
      <AuditLog pageQuery={adminAuditQueryOptions} exportPath={adminAuditExportPath} networks={options} />
    </>
  );
}

/** Installation admins read what was done in every network and in the installation here. */
export function AdminAuditPage() {
  return <RequireSignIn admin>{() => <AdminAudit />}</RequireSignIn>;
}

import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { EmailForm } from '../../../components/form/EmailForm.tsx';
import { AppLink, ButtonLink } from '../../../components/links.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { RequireSignIn } from '../../../components/RequireSignIn.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { useAddAdmin } from '../api/add-admin.ts';
import { AdminList } from '../components/AdminList.tsx';
import { InstallationSettingsSection } from '../components/InstallationSettingsSection.tsx';

function Admin() {
  const { t } = useTranslation();
  const addAdmin = useAddAdmin();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      <Paragraph mb="m">{t('admin.intro')}</Paragraph>
      <ButtonLink to="/networks/new">{t('home.createNetwork')}</ButtonLink>
      <PageSection id="audit-heading" title={t('audit.link')} headingSpace="s">
        <Paragraph mb="s">{t('admin.auditText')}</Paragraph>
        <AppLink to="/admin/audit">{t('audit.adminTitle')}</AppLink>
      </PageSection>
      <InstallationSettingsSection />
      <PageSection id="admins-heading" title={t('admin.adminsHeading')} headingSpace="s">
        <AdminList />
      </PageSection>
      <PageSection id="add-admin-heading" title={t('admin.addHeading')} headingSpace="s">
        <Paragraph mb="m">{t('admin.addText')}</Paragraph>
        <StatusMessage message={added} testId="admin-status" />
        <EmailForm
          label={t('admin.email')}
          submitText={t('admin.submit')}
          autoComplete="off"
          resetOnSuccess
          errorsByStatus={{ 404: t('admin.notSignedUp') }}
          onSubmit={async (email) => {
            setAdded(null);
            await addAdmin.mutateAsync(email);
            setAdded(t('admin.added', { email }));
          }}
        />
      </PageSection>
    </>
  );
}

/** Installation admins see and add other admins here. */
export function AdminPage() {
  return <RequireSignIn admin>{() => <Admin />}</RequireSignIn>;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { EmailForm } from '../../../components/form/EmailForm.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { tokens } from '../../../lib/theme.ts';
import { RequireSignIn } from '../../auth/components/RequireSignIn.tsx';
import { useAddAdmin } from '../api/add-admin.ts';
import { AdminList } from '../components/AdminList.tsx';

const Section = styled.section`
  margin-top: ${tokens.space.xxl};
`;

function Admin() {
  const { t } = useTranslation();
  const addAdmin = useAddAdmin();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      <Paragraph mb="m">{t('admin.intro')}</Paragraph>
      <ButtonLink to="/networks/new">{t('home.createNetwork')}</ButtonLink>
      <Section aria-labelledby="admins-heading">
        <Heading variant="h2" id="admins-heading" mb="s">
          {t('admin.adminsHeading')}
        </Heading>
        <AdminList />
      </Section>
      <Section aria-labelledby="add-admin-heading">
        <Heading variant="h2" id="add-admin-heading" mb="s">
          {t('admin.addHeading')}
        </Heading>
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
      </Section>
    </>
  );
}

/** Installation admins see and add other admins here. */
export function AdminPage() {
  return <RequireSignIn admin>{() => <Admin />}</RequireSignIn>;
}

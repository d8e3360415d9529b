import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { tokens } from '../../../lib/theme.ts';
import { RequireSignIn } from '../../auth/components/RequireSignIn.tsx';
import { useProfile } from '../api/get-profile.ts';
import { DeleteAccountSection } from '../components/DeleteAccountSection.tsx';
import { MyDataSection } from '../components/MyDataSection.tsx';
import { ProfileForm } from '../components/ProfileForm.tsx';

const Section = styled.section`
  margin-top: ${tokens.space.xxl};
`;

function Profile() {
  const { t } = useTranslation();
  const profile = useProfile();
  if (profile.isPending) return <Loading />;
  if (profile.error) return <LoadError error={profile.error} retry={() => profile.refetch()} />;
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <Paragraph mb="l">{t('profile.signedInWith', { email: profile.data.email })}</Paragraph>
      <ProfileForm profile={profile.data} />
      <Section aria-labelledby="data-heading">
        <Heading variant="h2" id="data-heading" mb="s">
          {t('profile.data.heading')}
        </Heading>
        <MyDataSection />
      </Section>
      <Section aria-labelledby="delete-heading">
        <Heading variant="h2" id="delete-heading" mb="s">
          {t('profile.delete.heading')}
        </Heading>
        <DeleteAccountSection email={profile.data.email} />
      </Section>
    </>
  );
}

/** The signed-in user's own details, data export and account deletion. */
export function ProfilePage() {
  return <RequireSignIn>{() => <Profile />}</RequireSignIn>;
}

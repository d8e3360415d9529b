import { Paragraph } from 'suomifi-ui-components';
import { useProfile } from '../../../api/get-profile.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { RequireSignIn } from '../../../components/RequireSignIn.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { CalendarFeedSection } from '../components/CalendarFeedSection.tsx';
import { DeleteAccountSection } from '../components/DeleteAccountSection.tsx';
import { MyDataSection } from '../components/MyDataSection.tsx';
import { ProfileForm } from '../components/ProfileForm.tsx';

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
      <PageSection id="calendar-feed-heading" title={t('profile.calendarFeed.heading')} headingSpace="s">
        <CalendarFeedSection />
      </PageSection>
      <PageSection id="data-heading" title={t('profile.data.heading')} headingSpace="s">
        <MyDataSection />
      </PageSection>
      <PageSection id="delete-heading" title={t('profile.delete.heading')} headingSpace="s">
        <DeleteAccountSection email={profile.data.email} />
      </PageSection>
    </>
  );
}

/** The signed-in user's own details, personal calendar, data export and account deletion. */
export function ProfilePage() {
  return <RequireSignIn>{() => <Profile />}</RequireSignIn>;
}

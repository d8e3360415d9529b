import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { useProgramme } from '../../../api/get-programme.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { OrganiserPage } from '../../../components/OrganiserPage.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useCreateTheme } from '../api/create-theme.ts';
import { MeetingList } from '../components/MeetingList.tsx';
import { ProgrammeNav } from '../components/ProgrammeNav.tsx';
import { SeriesForm } from '../components/SeriesForm.tsx';
import { SingleMeetingForm } from '../components/SingleMeetingForm.tsx';
import { ThemeForm } from '../components/ThemeForm.tsx';
import { ThemeList } from '../components/ThemeList.tsx';

function Programme({ network }: { network: Network }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const name = pick(network.name);
  const programme = useProgramme(network.slug);
  const createTheme = useCreateTheme(network.slug);
  const themes = programme.data?.themes ?? [];

  return (
    <>
      <PageTitle title={t('programme.title', { network: name.text })}>{t('programme.heading')}</PageTitle>
      <Paragraph mb="l">
        <AppLink to={networkPath(network.slug)} lang={name.lang}>
          {t('programme.back', { network: name.text })}
        </AppLink>
      </Paragraph>
      <ProgrammeNav network={network.slug} />
      <PageSection id="themes-heading" title={t('programme.themes.heading')} headingSpace="m">
        {programme.isPending && <Loading />}
        {programme.error && <InlineLoadError error={programme.error} retry={() => programme.refetch()} />}
        {programme.data && <ThemeList network={network.slug} themes={themes} />}
      </PageSection>
      <PageSection id="add-theme-heading" title={t('programme.themes.addHeading')} headingSpace="m">
        <ThemeForm
          scope="new-theme"
          submitText={t('programme.themes.add')}
          resetOnSuccess
          onSubmit={async (input) => {
            await createTheme.mutateAsync(input);
          }}
        />
      </PageSection>
      <PageSection id="series-heading" title={t('programme.series.heading')} headingSpace="m">
        <Paragraph mb="m">{t('programme.series.intro')}</Paragraph>
        <SeriesForm network={network.slug} timeZone={network.timeZone} />
      </PageSection>
      <PageSection id="meetings-heading" title={t('programme.meetings.heading')} headingSpace="m">
        <MeetingList network={network.slug} themes={themes} />
      </PageSection>
      <PageSection id="single-heading" title={t('programme.single.heading')} headingSpace="m">
        <SingleMeetingForm network={network.slug} themes={themes} />
      </PageSection>
    </>
  );
}

/** Organisers plan the network's themes and meetings here. */
export function ProgrammePage() {
  return <OrganiserPage>{(network) => <Programme network={network} />}</OrganiserPage>;
}

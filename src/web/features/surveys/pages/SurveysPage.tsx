import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { OrganiserPage } from '../../../components/OrganiserPage.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSurveys } from '../api/list-surveys.ts';
import { SurveyChangesSection } from '../components/changes/SurveyChangesSection.tsx';
import { NewPeriodicSurvey } from '../components/editor/NewPeriodicSurvey.tsx';
import { SurveyList } from '../components/SurveyList.tsx';

function Surveys({ network }: { network: Network }) {
  const { t } = useTranslation();
  const name = useLocalized()(network.name);
  const surveys = useSurveys(network.slug);
  const home = networkPath(network.slug);
  return (
    <>
      <PageTitle title={t('surveyResults.listTitle', { network: name.text })}>
        {t('surveyResults.heading')}
      </PageTitle>
      <Paragraph mb="m">
        <AppLink to={home} lang={name.lang}>
          {t('surveyResults.back', { network: name.text })}
        </AppLink>
        {' · '}
        <AppLink to={`${home}/programme`}>{t('programme.link')}</AppLink>
        {' · '}
        <AppLink to={`${home}/outreach`}>{t('outreachPage.link')}</AppLink>
      </Paragraph>
      <Paragraph mb="l">{t('surveyResults.intro')}</Paragraph>
      {surveys.isPending ? (
        <Loading />
      ) : surveys.error ? (
        <InlineLoadError error={surveys.error} retry={() => surveys.refetch()} />
      ) : (
        <SurveyList network={network.slug} surveys={surveys.data} />
      )}
      <PageSection id="new-survey-heading" title={t('surveyEditor.newSurvey.heading')} headingSpace="m">
        <NewPeriodicSurvey network={network.slug} />
      </PageSection>
      <SurveyChangesSection network={network.slug} />
    </>
  );
}

/** The network's surveys for its organisers: the post-meeting survey first, then the periodic ones. */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <OrganiserPage refusal={t('surveyResults.organisersOnly')}>
      {(network) => <Surveys network={network} />}
    </OrganiserPage>
  );
}

import { useParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import type { Network } from '#shared/networks.ts';
import type { Survey } from '#shared/surveys.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { AppLink } from '../../../components/links.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { OrganiserPage } from '../../../components/OrganiserPage.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSurvey } from '../api/get-survey.ts';
import { SurveyEditor } from '../components/editor/SurveyEditor.tsx';
import { useSurveyDetails } from '../components/SurveyList.tsx';
import { SurveyResults } from '../components/SurveyResults.tsx';

/** The survey's title, the way back to the list, and what kind of survey it is. */
function SurveyHeader({ network, survey }: { network: Network; survey: Survey }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const details = useSurveyDetails();
  const title = pick(survey.title);
  const name = pick(network.name);
  return (
    <>
      <PageTitle title={t('surveyResults.surveyTitle', { survey: title.text, network: name.text })}>
        <span lang={title.lang}>{title.text}</span>
      </PageTitle>
      <Paragraph mb="s">
        <AppLink to={`${networkPath(network.slug)}/surveys`}>{t('surveyResults.allSurveys')}</AppLink>
        {' · '}
        <AppLink to={networkPath(network.slug)} lang={name.lang}>
          {t('surveyResults.back', { network: name.text })}
        </AppLink>
      </Paragraph>
      <Paragraph mb="l">{details(survey)}</Paragraph>
    </>
  );
}

/** The survey's editor below its results; a saved change refreshes them. */
function EditorSection({ network, survey }: { network: string; survey: Survey }) {
  const { t } = useTranslation();
  return (
    <PageSection id="survey-editor-heading" title={t('surveyEditor.editHeading')} headingSpace="m">
      <SurveyEditor key={survey.id} network={network} survey={survey} />
    </PageSection>
  );
}

function SurveyView({ network, surveyId }: { network: Network; surveyId: string }) {
  const survey = useSurvey(network.slug, surveyId);
  if (survey.isPending) return <Loading />;
  if (survey.error) return <LoadError error={survey.error} retry={() => survey.refetch()} />;
  return (
    <>
      <SurveyHeader network={network} survey={survey.data} />
      <SurveyResults network={network.slug} survey={survey.data} />
      <EditorSection network={network.slug} survey={survey.data} />
    </>
  );
}

/** One survey for the network's organisers: its results (and, beside them, room for its editor). */
export function SurveyPage() {
  const { t } = useTranslation();
  const surveyId = useParams().survey ?? '';
  // The API knows surveys by uuid only: anything else is no survey at all.
  if (!z.uuid().safeParse(surveyId).success) return <NotFoundPage />;
  return (
    <OrganiserPage refusal={t('surveyResults.organisersOnly')}>
      {(network) => <SurveyView network={network} surveyId={surveyId} />}
    </OrganiserPage>
  );
}

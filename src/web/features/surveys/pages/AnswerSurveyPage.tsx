import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import type { PublicSurvey } from '#shared/surveys.ts';
import { useNetwork } from '../../../api/get-network.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { AppLink } from '../../../components/links.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { isApiError } from '../../../lib/api.ts';
import { eventPath } from '../../../lib/event-paths.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { type AnswerPage, useSurveyForm } from '../api/get-survey-form.ts';
import { AnswerForm } from '../components/answer-form/AnswerForm.tsx';
import { SurveyIntro } from '../components/SurveyIntro.tsx';

/** The way back: to the meeting the survey asked about, and to the network. */
function BackLinks({ target, survey }: { target: AnswerPage; survey: PublicSurvey }) {
  const { t } = useTranslation();
  return (
    <>
      {survey.event && (
        <Paragraph mb="s">
          <AppLink to={eventPath(target.network, survey.event.slug)}>{t('surveyForm.backToMeeting')}</AppLink>
        </Paragraph>
      )}
      <Paragraph>
        <AppLink to={networkPath(target.network)}>{t('surveyForm.backToNetwork')}</AppLink>
      </Paragraph>
    </>
  );
}

/** A page that only says something: the thanks, or why the survey takes no answers now. */
function SurveyMessage(props: { target: AnswerPage; survey: PublicSurvey; title: ReactNode; text: string }) {
  const surveyTitle = useLocalized()(props.survey.title).text;
  const pageTitle = typeof props.title === 'string' ? props.title : surveyTitle;
  return (
    <>
      <PageTitle title={pageTitle}>{props.title}</PageTitle>
      <Paragraph mb="l" data-testid="survey-message">
        {props.text}
      </Paragraph>
      <BackLinks target={props.target} survey={props.survey} />
    </>
  );
}

/** Why a survey takes no answers: not yet (a meeting's until it starts) or no more. */
function useUnavailableText(survey: PublicSurvey, timeZone: string): string {
  const { t } = useTranslation();
  const time = useMeetingTime();
  if (survey.status === 'closed') return t('surveyForm.closed');
  if (!survey.event) return t('surveyForm.notYet.periodic');
  return t('surveyForm.notYet.meeting', { time: time.moment(survey.event.startsAt, timeZone) });
}

function SurveyView({ target, survey }: { target: AnswerPage; survey: PublicSurvey }) {
  const { t } = useTranslation();
  const answered = useSearchParams()[0].get('answered') === '1';
  // Times are the network's, as on its meeting pages; the layout has read the network already.
  const timeZone = useNetwork(target.network).data?.timeZone ?? 'Europe/Helsinki';
  const unavailable = useUnavailableText(survey, timeZone);
  const pageTitle = useLocalized()(survey.title).text;
  const title = <Localized text={survey.title} />;
  if (answered) {
    const thanks = t('surveyForm.thanks.title');
    return (
      <SurveyMessage target={target} survey={survey} title={thanks} text={t('surveyForm.thanks.text')} />
    );
  }
  if (survey.status !== 'open')
    return <SurveyMessage target={target} survey={survey} title={title} text={unavailable} />;
  return (
    <>
      <PageTitle title={pageTitle}>{title}</PageTitle>
      <SurveyIntro survey={survey} timeZone={timeZone} />
      <AnswerForm target={target} survey={survey} />
    </>
  );
}

function AnswerSurvey({ target }: { target: AnswerPage }) {
  const survey = useSurveyForm(target);
  if (survey.isPending) return <Loading />;
  // A periodic survey's address that is not an id is as unknown as a missing one.
  if (isApiError(survey.error, 400)) return <NotFoundPage />;
  if (survey.error) return <LoadError error={survey.error} retry={() => survey.refetch()} />;
  return <SurveyView target={target} survey={survey.data} />;
}

/** A meeting's survey, which the live room and its e-mail link to with a one-time token. */
export function MeetingSurveyPage() {
  const { network = '', event = '' } = useParams();
  return <AnswerSurvey target={{ network, page: 'feedback', id: event }} />;
}

/** A periodic survey of the network. */
export function PeriodicSurveyPage() {
  const { network = '', survey = '' } = useParams();
  return <AnswerSurvey target={{ network, page: 'survey', id: survey }} />;
}

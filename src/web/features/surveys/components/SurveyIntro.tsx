import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { PublicSurvey } from '#shared/surveys.ts';
import { Localized, PhraseWith } from '../../../components/Localized.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** The organisers' introduction, its line breaks kept. */
const Intro = styled.p`
  ${tokens.type.body}
  color: ${tokens.text};
  white-space: pre-line;
  max-width: 45rem;
  margin: 0 0 ${tokens.space.m};
`;

const About = styled.ul`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  max-width: 45rem;
  margin: 0 0 ${tokens.space.l};
  padding-left: ${tokens.space.m};

  li + li {
    margin-top: ${tokens.space.xxs};
  }
`;

/** The meeting asked about, the introduction, and what answering means: anonymity, optional questions, the deadline. */
export function SurveyIntro({ survey, timeZone }: { survey: PublicSurvey; timeZone: string }) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const { event } = survey;
  return (
    <>
      {event && (
        <Paragraph mb="m">
          <PhraseWith
            phrase={(meeting) =>
              t('surveyForm.meeting', { meeting, date: time.date(event.startsAt, timeZone) })
            }
            text={event.title}
          />
        </Paragraph>
      )}
      {useLocalized()(survey.intro).text && <Localized as={Intro} text={survey.intro} />}
      <About>
        <li>{t(survey.anonymous ? 'surveyForm.anonymous' : 'surveyForm.notAnonymous')}</li>
        {survey.questions.some((question) => !question.required) && <li>{t('surveyForm.optionalNote')}</li>}
        {survey.closesAt && (
          <li>{t('surveyForm.closesAt', { time: time.moment(survey.closesAt, timeZone) })}</li>
        )}
      </About>
    </>
  );
}

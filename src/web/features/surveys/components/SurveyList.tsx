import { styled } from 'styled-components';
import type { SurveySummary } from '#shared/surveys.ts';
import { AppLink } from '../../../components/links.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { networkPath } from '../../../lib/paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSurveyTiming } from '../format.ts';

const List = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0 0 ${tokens.space.l};
  max-width: 48rem;
`;

const Item = styled.li`
  padding: ${tokens.space.m} 0;
  border-bottom: 1px solid ${tokens.borderLight};
  ${tokens.type.semiBold}
`;

const Details = styled.span`
  display: block;
  ${tokens.type.bodySmall}
  color: ${tokens.muted};
  margin-top: ${tokens.space.xxs};
`;

/** The page of a survey's results. */
export const surveyPath = (network: string, surveyId: string) =>
  `${networkPath(network)}/surveys/${encodeURIComponent(surveyId)}`;

/** What kind of survey it is, when it takes answers and how many it has, in one line. */
export function useSurveyDetails(): (survey: SurveySummary) => string {
  const { t } = useTranslation();
  const timing = useSurveyTiming();
  return (survey) =>
    [
      t(`surveyResults.kinds.${survey.kind}`),
      timing(survey),
      t('surveyResults.answers', { count: survey.responses }),
    ].join(' · ');
}

/** The network's surveys, each a link to its results. */
export function SurveyList({ network, surveys }: { network: string; surveys: SurveySummary[] }) {
  const pick = useLocalized();
  const details = useSurveyDetails();
  return (
    <List data-testid="survey-list">
      {surveys.map((survey) => {
        const title = pick(survey.title);
        return (
          <Item key={survey.id}>
            <AppLink to={surveyPath(network, survey.id)} lang={title.lang}>
              {title.text}
            </AppLink>
            <Details>{details(survey)}</Details>
          </Item>
        );
      })}
    </List>
  );
}

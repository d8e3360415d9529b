import { styled } from 'styled-components';
import type { PublicSurveyChange } from '#shared/survey-changes.ts';
import { usePublicSurveyChanges } from '../../../../api/list-public-survey-changes.ts';
import { Localized, LocalizedHtml } from '../../../../components/Localized.tsx';
import { AppLink } from '../../../../components/links.tsx';
import { PageSection } from '../../../../components/PageSection.tsx';
import { useCalendarDate } from '../../../../lib/date-time.ts';
import { eventPath } from '../../../../lib/event-paths.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';

// The network's home page loads this: it imports no schema (docs/decisions/0021).

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  max-width: 45rem;
`;

const Item = styled.li`
  padding: ${tokens.space.s} 0 ${tokens.space.s} ${tokens.space.m};
  border-left: 4px solid ${tokens.highlight};
  margin-bottom: ${tokens.space.m};
  & p {
    margin: 0 0 ${tokens.space.xs};
  }
`;

const Title = styled.h3`
  ${tokens.type.semiBold}
  font-size: 18px;
  line-height: 1.4;
  margin: 0 0 ${tokens.space.xxs};
`;

const Small = styled.p`
  ${tokens.type.bodySmall}
  & a {
    font-size: inherit;
  }
`;

/** The public meetings whose feedback led to the change, as links. */
function FromMeetings({ network, change }: { network: string; change: PublicSurveyChange }) {
  const { t } = useTranslation();
  if (change.meetings.length === 0) return null;
  return (
    <Small>
      {t('surveyChanges.home.fromMeetings', { count: change.meetings.length })}{' '}
      {change.meetings.map((meeting, index) => (
        <span key={meeting.slug}>
          {index > 0 && ', '}
          <AppLink to={eventPath(network, meeting.slug)}>
            <Localized text={meeting.title} />
          </AppLink>
        </span>
      ))}
    </Small>
  );
}

function ChangeItem({ network, change }: { network: string; change: PublicSurveyChange }) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  return (
    <Item data-testid="survey-change">
      <Title>
        <Localized text={change.title} />
      </Title>
      <Small>
        <time dateTime={change.decidedOn}>
          {t('surveyChanges.home.decidedOn', { date: date(change.decidedOn) })}
        </time>
      </Small>
      {Object.values(change.descriptionHtml).some(Boolean) && <LocalizedHtml html={change.descriptionHtml} />}
      <FromMeetings network={network} change={change} />
    </Item>
  );
}

/** "You said, we changed": the newest changes made after feedback; nothing when there are none. */
export function RecentChanges({ network }: { network: string }) {
  const { t } = useTranslation();
  const changes = usePublicSurveyChanges(network).data?.changes ?? [];
  if (changes.length === 0) return null;
  return (
    <PageSection id="survey-changes-heading" title={t('surveyChanges.home.heading')}>
      <Small>{t('surveyChanges.home.intro')}</Small>
      <List data-testid="survey-changes">
        {changes.map((change) => (
          <ChangeItem key={change.id} network={network} change={change} />
        ))}
      </List>
    </PageSection>
  );
}

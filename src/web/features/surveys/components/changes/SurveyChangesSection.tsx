import { useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { SurveyChange } from '#shared/survey-changes.ts';
import { InlineLoadError, Loading } from '../../../../components/LoadState.tsx';
import { PageSection } from '../../../../components/PageSection.tsx';
import { StatusMessage } from '../../../../components/StatusMessage.tsx';
import { useLocalized } from '../../../../lib/localized.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useCreateSurveyChange } from '../../api/create-survey-change.ts';
import { useSurveyChanges } from '../../api/list-survey-changes.ts';
import { useSurveys } from '../../api/list-surveys.ts';
import { ChangeForm } from './ChangeForm.tsx';
import { ChangeItem } from './ChangeItem.tsx';

const List = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0 0 ${tokens.space.l};
  max-width: 48rem;
  &:focus {
    outline: none;
  }
`;

const Item = styled.li`
  border: 1px solid ${tokens.border};
  border-left: 6px solid ${tokens.highlight};
  background: ${tokens.surface};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin-bottom: ${tokens.space.s};
`;

interface ListProps {
  network: string;
  changes: SurveyChange[];
  onStatus: (message: string) => void;
}

/** The recorded changes, newest first; after a deletion focus goes to the list. */
function ChangeList({ network, changes, onStatus }: ListProps) {
  const { t } = useTranslation();
  const surveys = useSurveys(network).data ?? [];
  const list = useRef<HTMLUListElement>(null);
  if (changes.length === 0) return <Paragraph mb="l">{t('surveyChanges.editor.none')}</Paragraph>;
  return (
    <List
      ref={list}
      tabIndex={-1}
      aria-label={t('surveyChanges.editor.listLabel')}
      data-testid="survey-change-list"
    >
      {changes.map((change) => (
        <Item key={change.id} data-testid="survey-change-item">
          <ChangeItem
            network={network}
            change={change}
            surveys={surveys}
            onStatus={onStatus}
            onDeleted={() => list.current?.focus()}
          />
        </Item>
      ))}
    </List>
  );
}

/** Recording a new change; the form starts over after each. */
function NewChange({ network, onStatus }: Omit<ListProps, 'changes'>) {
  const { t } = useTranslation();
  const create = useCreateSurveyChange(network);
  const pick = useLocalized();
  return (
    <>
      <Heading variant="h3" mb="s">
        {t('surveyChanges.editor.newHeading')}
      </Heading>
      <ChangeForm
        network={network}
        scope="new-change"
        submitText={t('surveyChanges.editor.create')}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          onStatus(t('surveyChanges.editor.created', { title: pick(created.title).text }));
        }}
      />
    </>
  );
}

/**
 * "You said, we changed" for the organisers: the changes they recorded after feedback, to edit,
 * hide from the home page or delete, and a form for a new one. Every outcome is announced.
 */
export function SurveyChangesSection({ network }: { network: string }) {
  const { t } = useTranslation();
  const changes = useSurveyChanges(network);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <PageSection id="survey-changes-heading" title={t('surveyChanges.editor.heading')} headingSpace="m">
      <Paragraph mb="m">{t('surveyChanges.editor.intro')}</Paragraph>
      <StatusMessage message={status} testId="survey-changes-status" />
      {changes.isPending ? (
        <Loading />
      ) : changes.error ? (
        <InlineLoadError error={changes.error} retry={() => changes.refetch()} />
      ) : (
        <ChangeList network={network} changes={changes.data} onStatus={setStatus} />
      )}
      <NewChange network={network} onStatus={setStatus} />
    </PageSection>
  );
}

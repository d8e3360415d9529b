import { useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { controlStyles, FieldLabel } from '../../../components/form/fieldStyles.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSending } from './Chat.tsx';
import { Composer } from './Composer.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { Body } from './MessageParts.tsx';
import { MessageRegion } from './MessageRegion.tsx';
import { QuestionRow } from './QuestionRow.tsx';
import { useRoomContext } from './room-context.ts';
import { Empty, Item, List, Notice, Panel } from './styles.ts';

type Sort = 'votes' | 'time';

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xs} ${tokens.space.s};
  margin-bottom: ${tokens.space.s};

  label {
    margin: 0;
  }
`;

const Select = styled.select`
  ${controlStyles}
`;

/** Questions to the speakers, apart from the chat: upvoted, sorted by votes or time, answered. */
export function Questions() {
  const { t } = useTranslation();
  const { state, host } = useRoomContext();
  const [sort, setSort] = useState<Sort>('votes');
  const questions = state.messages.filter((m) => m.kind === 'question' && !m.hidden);
  const sorted =
    sort === 'votes'
      ? [...questions].sort((a, b) => b.votes - a.votes || a.seq - b.seq)
      : [...questions].sort((a, b) => b.seq - a.seq);
  const sending = useSending('ask');
  const closed = state.room?.status === 'closed';
  return (
    <Panel aria-labelledby="questions-heading" data-testid="questions">
      <Heading variant="h2" id="questions-heading" mb="s">
        {t('live.questions.title')}
      </Heading>
      {questions.length > 1 && (
        <Toolbar>
          <FieldLabel htmlFor="question-sort">{t('live.questions.sort')}</FieldLabel>
          <Select id="question-sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="votes">{t('live.questions.byVotes')}</option>
            <option value="time">{t('live.questions.byTime')}</option>
          </Select>
        </Toolbar>
      )}
      <ErrorNote target="questions" />
      <MessageRegion label={t('live.questions.list')}>
        {questions.length === 0 && sending.length === 0 ? (
          <Empty>{t('live.questions.empty')}</Empty>
        ) : (
          <List data-testid="question-list">
            {sorted.map((question) => (
              <QuestionRow key={question.id} question={question} />
            ))}
            {sending.map((o) => (
              <Item key={o.clientId} data-testid="question-sending">
                <Body>{o.body}</Body>
                <Notice>{t('live.composer.sending')}</Notice>
              </Item>
            ))}
          </List>
        )}
      </MessageRegion>
      {closed && !host ? (
        <Paragraph>{t('live.closed.noWriting')}</Paragraph>
      ) : (
        <Composer
          kind="ask"
          label={t('live.questions.label')}
          hint={t('live.questions.hint')}
          submitText={t('live.questions.send')}
        />
      )}
    </Panel>
  );
}

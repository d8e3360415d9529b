import { styled } from 'styled-components';
import type { LiveMessage } from '#shared/live.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { LinkifiedText } from '../linkify.tsx';
import { Body, LinkButton, MessageActions, MessageMeta, Tag } from './MessageParts.tsx';
import { useRoomContext } from './room-context.ts';
import { Item } from './styles.ts';

const QuestionItem = styled(Item)`
  display: grid;
  grid-template-columns: 4.5rem minmax(0, 1fr);
  @media (min-width: 40rem) {
    grid-template-columns: 5.5rem minmax(0, 1fr);
  }
  gap: ${tokens.space.s};
  align-items: start;
`;

const Votes = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: ${tokens.space.xxs};
  text-align: center;
`;

const Count = styled.span`
  ${tokens.type.semiBold}
  font-size: 20px;
  line-height: 1.2;
`;

const CountLabel = styled.span`
  ${tokens.type.bodySmall}
  display: block;
  font-size: 14px;
  line-height: 1.2;
`;

const Upvote = styled.button`
  ${tokens.type.label}
  font-size: 14px;
  min-height: 32px;
  padding: 2px 10px;
  border-radius: 16px;
  border: 1px solid ${tokens.highlight};
  color: ${tokens.highlight};
  background: ${tokens.surface};
  cursor: pointer;

  &:hover {
    background: ${tokens.secondary};
  }
  &[aria-pressed='true'] {
    color: ${tokens.surface};
    background: ${tokens.highlight};
    cursor: default;
  }
`;

/** One question with its votes, the upvote button and, for hosts, "mark answered". */
export function QuestionRow({ question }: { question: LiveMessage }) {
  const { t } = useTranslation();
  const { state, client, host } = useRoomContext();
  const voted = state.votedMessages.has(question.id);
  const name = question.author.displayName;
  return (
    <QuestionItem data-testid="question" data-message-id={question.id}>
      <Votes>
        <div data-testid="question-votes">
          <Count>{question.votes}</Count>{' '}
          <CountLabel>{t('live.questions.votes', { count: question.votes })}</CountLabel>
        </div>
        <Upvote
          type="button"
          aria-pressed={voted}
          aria-label={t('live.questions.upvoteLabel', {
            action: voted ? t('live.questions.upvoted') : t('live.questions.upvote'),
            name,
          })}
          onClick={() => {
            if (!voted) client.upvote(question.id);
          }}
        >
          {voted ? t('live.questions.upvoted') : t('live.questions.upvote')}
        </Upvote>
      </Votes>
      <div>
        <MessageMeta message={question} />
        <Body data-testid="message-body">
          <LinkifiedText text={question.body} />
        </Body>
        {question.answered && (
          <p>
            <Tag $tone="answered" data-testid="answered">
              {t('live.questions.answered')}
            </Tag>
          </p>
        )}
        <MessageActions
          message={question}
          extra={
            host &&
            !question.answered && (
              <LinkButton
                type="button"
                aria-label={t('live.questions.markAnsweredLabel', { name })}
                onClick={() => client.answer(question.id)}
              >
                {t('live.questions.markAnswered')}
              </LinkButton>
            )
          }
        />
      </div>
    </QuestionItem>
  );
}

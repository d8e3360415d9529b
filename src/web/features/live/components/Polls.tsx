import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, Heading } from 'suomifi-ui-components';
import type { Poll } from '#shared/live.ts';
import { ChoiceLabel, Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { tokens } from '../../../lib/theme.ts';
import { usePercent } from '../format.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { Tag } from './MessageParts.tsx';
import { PollForm } from './PollForm.tsx';
import { useRoomContext } from './room-context.ts';
import { Panel } from './styles.ts';

const Card = styled.article`
  border: 1px solid ${tokens.borderLight};
  border-left: 4px solid ${tokens.highlight};
  padding: ${tokens.space.s} ${tokens.space.s} ${tokens.space.m};
  @media (min-width: 40rem) {
    padding: ${tokens.space.s} ${tokens.space.m} ${tokens.space.m};
  }
  margin-bottom: ${tokens.space.m};

  &[data-status='closed'] {
    border-left-color: ${tokens.muted};
  }
`;

const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: ${tokens.space.xs} ${tokens.space.m};
  margin-bottom: ${tokens.space.xs};
`;

const Question = styled.h3`
  ${tokens.type.semiBold}
  font-size: 20px;
  line-height: 1.4;
  margin: 0;
`;

const Choice = styled(ChoiceLabel)`
  margin-bottom: ${tokens.space.xs};
`;

const Scale = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs} ${tokens.space.m};
`;

const Results = styled.ul`
  list-style: none;
  margin: ${tokens.space.s} 0 ${tokens.space.xs};
  padding: 0;
`;

const Result = styled.li`
  display: grid;
  grid-template-columns: minmax(5rem, 14rem) minmax(3rem, 1fr) auto;
  gap: ${tokens.space.xs} ${tokens.space.s};
  align-items: center;
  margin-bottom: ${tokens.space.xs};
  ${tokens.type.body}
  overflow-wrap: anywhere;
`;

const Track = styled.span`
  display: block;
  height: 14px;
  background: ${tokens.surfaceAlt};
  border: 1px solid ${tokens.borderLight};
`;

const Fill = styled.span`
  display: block;
  height: 100%;
  background: ${tokens.highlight};
  transition: width 0.3s ease-out;
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
`;

const Numbers = styled.span`
  ${tokens.type.label}
  white-space: nowrap;
`;

const Summary = styled.p`
  ${tokens.type.bodySmall}
  margin: 0 0 ${tokens.space.s};
`;

function PollResults({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const total = poll.counts.reduce((sum, n) => sum + n, 0);
  return (
    <>
      <Results data-testid="poll-results" aria-label={t('live.polls.results', { question: poll.question })}>
        {poll.options.map((option, index) => {
          const count = poll.counts[index] ?? 0;
          const share = total === 0 ? 0 : count / total;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a poll's options never change order
            <Result key={index} data-testid="poll-result">
              <span>{option}</span>
              <Track aria-hidden="true">
                <Fill style={{ width: `${Math.round(share * 100)}%` }} />
              </Track>
              <Numbers data-testid="poll-count">
                {t('live.polls.count', { count, percent: percent(share) })}
              </Numbers>
            </Result>
          );
        })}
      </Results>
      <Summary data-testid="poll-voters">{t('live.polls.voters', { count: poll.voters })}</Summary>
    </>
  );
}

function PollVote({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const { client } = useRoomContext();
  const [chosen, setChosen] = useState<number[]>([]);
  const [missing, setMissing] = useState(false);
  const multiple = poll.kind === 'multiple';
  const name = `poll-${poll.id}`;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const Options = poll.kind === 'scale' ? Scale : 'div';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length === 0) {
          setMissing(true);
          return;
        }
        client.vote(poll.id, chosen);
      }}
    >
      <Fieldset
        aria-describedby={[hintId, missing ? errorId : ''].filter(Boolean).join(' ')}
        style={{ marginBottom: tokens.space.s }}
      >
        <legend>
          <VisuallyHiddenText>{poll.question}</VisuallyHiddenText>
        </legend>
        <Hint id={hintId}>{t(`live.polls.hint.${poll.kind}`)}</Hint>
        <Options>
          {poll.options.map((option, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a poll's options never change order
            <Choice key={index}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={index}
                checked={chosen.includes(index)}
                onChange={(event) => {
                  setMissing(false);
                  if (!multiple) setChosen([index]);
                  else
                    setChosen((c) =>
                      event.target.checked
                        ? [...c, index].sort((a, b) => a - b)
                        : c.filter((i) => i !== index),
                    );
                }}
              />
              {option}
            </Choice>
          ))}
        </Options>
        <div role="alert" id={errorId}>
          {missing && <Hint style={{ color: tokens.error }}>{t('live.polls.chooseFirst')}</Hint>}
        </div>
      </Fieldset>
      <Button type="submit">{t('live.polls.vote')}</Button>
    </form>
  );
}

function PollCard({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const { state, client, host } = useRoomContext();
  const voted = state.votedPolls.has(poll.id);
  const open = poll.status === 'open';
  const headingId = `poll-heading-${poll.id}`;
  return (
    <Card aria-labelledby={headingId} data-status={poll.status} data-testid="poll">
      <Head>
        <Question id={headingId}>{poll.question}</Question>
        <Tag $tone={open ? 'host' : 'muted'}>{open ? t('live.polls.open') : t('live.polls.closed')}</Tag>
      </Head>
      {open && !voted && <PollVote poll={poll} />}
      {open && voted && <Summary data-testid="poll-voted">{t('live.polls.thanks')}</Summary>}
      {(voted || !open || host) && <PollResults poll={poll} />}
      {host && open && (
        <Button
          variant="secondary"
          onClick={() => client.closePoll(poll.id)}
          aria-label={t('live.polls.closeLabel', { question: poll.question })}
        >
          {t('live.polls.close')}
        </Button>
      )}
    </Card>
  );
}

/** Polls of the room, open ones first; hosts open new ones here. */
export function Polls() {
  const { t } = useTranslation();
  const { state, host } = useRoomContext();
  if (state.polls.length === 0 && !host) return null;
  const polls = [
    ...state.polls.filter((p) => p.status === 'open').reverse(),
    ...state.polls.filter((p) => p.status === 'closed').reverse(),
  ];
  return (
    <Panel aria-labelledby="polls-heading" data-testid="polls">
      <Heading variant="h2" id="polls-heading" mb="s">
        {t('live.polls.title')}
      </Heading>
      <ErrorNote target="polls" />
      {polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} />
      ))}
      {host && <PollForm />}
    </Panel>
  );
}

import { styled } from 'styled-components';
import { Button, Heading } from 'suomifi-ui-components';
import type { Poll } from '#shared/live.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { Tag } from './MessageParts.tsx';
import { PollForm } from './PollForm.tsx';
import { PollResults, Summary } from './PollResults.tsx';
import { PollVote } from './PollVote.tsx';
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

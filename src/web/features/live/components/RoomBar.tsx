import { keyframes, styled } from 'styled-components';
import { REACTIONS } from '#shared/live.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { ConnectionStatus, Emoji } from '../live-client.ts';
import { useRoomContext } from './room-context.ts';

/** Each reaction's name, for its button and for screen readers, in REACTIONS order. */
const REACTION_KEYS = ['thumbsUp', 'applause', 'heart', 'smile', 'idea', 'question'] as const;

export function useReactionName(): (emoji: Emoji) => string {
  const { t } = useTranslation();
  return (emoji) => t(`live.reactions.names.${REACTION_KEYS[REACTIONS.indexOf(emoji)] ?? 'thumbsUp'}`);
}

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.space.s} ${tokens.space.l};
  background: ${tokens.surface};
  padding: ${tokens.space.s} ${tokens.space.m};
  border-left: 4px solid ${tokens.highlight};
  margin-bottom: ${tokens.space.l};
`;

const Facts = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xxs} ${tokens.space.l};
  ${tokens.type.body}
`;

const Presence = styled.p`
  ${tokens.type.semiBold}
  margin: 0;
`;

const Connection = styled.p<{ $status: ConnectionStatus }>`
  display: flex;
  align-items: center;
  gap: ${tokens.space.xs};
  margin: 0;
  ${tokens.type.bodySmall}

  &::before {
    content: '';
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: ${({ $status }) => ($status === 'connected' ? tokens.success : tokens.error)};
  }
`;

const Reactions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xxs};
`;

const ReactionButton = styled.button`
  font-size: 20px;
  line-height: 1;
  width: 44px;
  height: 40px;
  padding: 0;
  border: 1px solid ${tokens.borderLight};
  border-radius: 20px;
  background: ${tokens.surface};
  cursor: pointer;

  &:hover {
    background: ${tokens.secondary};
    border-color: ${tokens.highlight};
  }
`;

const rise = keyframes`
  from { opacity: 0; transform: translateY(6px); }
  10% { opacity: 1; transform: translateY(0); }
  80% { opacity: 1; }
  to { opacity: 0; transform: translateY(-10px); }
`;

const Incoming = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xxs};
  min-height: 32px;
  align-items: center;
  font-size: 24px;

  span {
    animation: ${rise} 4s ease-out forwards;
  }
  @media (prefers-reduced-motion: reduce) {
    span {
      animation: none;
    }
  }
`;

/** Who is here, whether we are connected, and reactions: sent with a click, shown for a moment. */
export function RoomBar() {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const name = useReactionName();
  return (
    <Bar data-testid="room-bar">
      <Facts>
        <Presence data-testid="presence">{t('live.presence', { count: state.presence })}</Presence>
        <div role="status">
          <Connection $status={state.status} data-testid="connection">
            {t(`live.connection.${state.status === 'connected' ? 'connected' : 'reconnecting'}`)}
          </Connection>
        </div>
      </Facts>
      <Reactions role="group" aria-label={t('live.reactions.label')}>
        {REACTIONS.map((emoji) => (
          <ReactionButton
            key={emoji}
            type="button"
            aria-label={t('live.reactions.send', { name: name(emoji) })}
            title={name(emoji)}
            onClick={() => client.react(emoji)}
          >
            <span aria-hidden="true">{emoji}</span>
          </ReactionButton>
        ))}
      </Reactions>
      <Incoming data-testid="incoming-reactions" aria-label={t('live.reactions.incoming')} role="group">
        {state.reactions.map((reaction) => (
          <span key={reaction.id} role="img" aria-label={name(reaction.emoji)}>
            {reaction.emoji}
          </span>
        ))}
      </Incoming>
    </Bar>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { styled } from 'styled-components';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { queryKeys } from '../../../api/keys.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useLiveRoom } from '../use-live-room.ts';
import { Announcer } from './Announcer.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { FeedbackCard } from './FeedbackCard.tsx';
import { HostTools } from './HostTools.tsx';
import { RoomParts } from './RoomParts.tsx';
import { RoomContext, type RoomContextValue } from './room-context.ts';

const Removed = styled.div`
  background: ${tokens.surface};
  padding: ${tokens.space.m} ${tokens.space.l};
`;

interface RoomProps {
  network: string;
  event: Event;
  token: string;
  onNotJoined: () => void;
  /** Just entered from the join form (not come back to): focus goes to the message box. */
  entered: boolean;
}

/** The room once entered: presence and reactions, polls, chat, questions and the host's tools. */
export function Room(props: RoomProps) {
  const { t } = useTranslation();
  // A cancelled meeting's room no longer accepts connections.
  if (props.event.status === 'cancelled') {
    return (
      <Removed data-testid="room-cancelled">
        <Paragraph>{t('live.join.cancelled')}</Paragraph>
      </Removed>
    );
  }
  return <LiveRoom {...props} />;
}

function LiveRoom({ network, event, token, onNotJoined, entered }: RoomProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Refused again and again: see whether the meeting was cancelled or removed meanwhile.
  const onUnreachable = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(network, event.slug) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.live.room(network, event.slug) });
  }, [queryClient, network, event.slug]);
  const { state, client } = useLiveRoom(network, event.slug, token, onNotJoined, onUnreachable);
  const host = state.you?.host === true;
  const context = useMemo<RoomContextValue | null>(
    () => (client ? { network, event: event.slug, state, client, host } : null),
    [network, event.slug, state, client, host],
  );

  if (state.status === 'removed') {
    return (
      <Removed data-testid="room-removed">
        <InlineAlert status="error" labelText={t('live.removed.title')}>
          {t('live.removed.text')}
        </InlineAlert>
      </Removed>
    );
  }
  if (!context || !state.you) {
    return (
      <div role="status" data-testid="room-connecting">
        <Paragraph>{t('live.connection.connecting')}</Paragraph>
      </div>
    );
  }
  const closed = state.room?.status === 'closed';
  return (
    <RoomContext value={context}>
      <div data-testid="room">
        <Announcer />
        <div role="status">
          {closed && (
            <InlineAlert status="neutral" mb="l" data-testid="room-closed">
              {host ? t('live.closed.host') : t('live.closed.participant')}
            </InlineAlert>
          )}
        </div>
        <ErrorNote target="room" />
        <FeedbackCard event={event} participantToken={token} />
        <RoomParts focusOnEntry={entered} />
        {host && <HostTools />}
      </div>
    </RoomContext>
  );
}

import { useLayoutEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { LIVE_LIMITS, type LiveMessage } from '#shared/live.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { LinkifiedText } from '../linkify.tsx';
import type { Outgoing } from '../live-client.ts';
import { notYetSeen } from '../live-outbox.ts';
import { Composer } from './Composer.tsx';
import { Body, MessageActions, MessageMeta } from './MessageParts.tsx';
import { MessageRegion } from './MessageRegion.tsx';
import { useRoomContext } from './room-context.ts';
import { Empty, Item, List, Notice, Panel } from './styles.ts';

const Sending = styled(Item)`
  color: ${tokens.muted};
  font-style: italic;
`;

/** Outgoing messages not yet in the room's stream. */
export function useSending(kind: Outgoing['kind']): Outgoing[] {
  const { outbox, lastSeq } = useRoomContext().state;
  return notYetSeen(outbox, lastSeq).filter((o) => o.kind === kind);
}

function ChatItem({ message }: { message: LiveMessage }) {
  return (
    <Item data-testid="chat-message" data-message-id={message.id}>
      <MessageMeta message={message} />
      <Body data-testid="message-body">
        <LinkifiedText text={message.body} />
      </Body>
      <MessageActions message={message} />
    </Item>
  );
}

/** Where chat messages are written, unless the room is closed to participants; slow mode is told first. */
function ChatWriting() {
  const { t } = useTranslation();
  const { state, host } = useRoomContext();
  const closed = state.room?.status === 'closed';
  const slow = state.room?.slowModeSeconds ?? 0;
  if (closed && !host) return <Paragraph>{t('live.closed.noWriting')}</Paragraph>;
  return (
    <>
      {slow > 0 && <Notice data-testid="slow-mode-notice">{t('live.chat.slowMode', { count: slow })}</Notice>}
      <Composer
        kind="chat"
        label={t('live.chat.label')}
        hint={t('live.composer.hint')}
        submitText={t('live.chat.send')}
      />
    </>
  );
}

/** The meeting chat: messages oldest first, kept scrolled to the newest unless the reader scrolled up. */
export function Chat() {
  const { t } = useTranslation();
  const { state } = useRoomContext();
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const messages = state.messages
    .filter((m) => m.kind === 'chat' && !m.hidden)
    .slice(-LIVE_LIMITS.historyMessages);
  const sending = useSending('chat');
  const newest = `${messages.at(-1)?.id ?? ''}/${sending.length}`;

  useLayoutEffect(() => {
    const box = scroller.current;
    if (box && newest && atBottom.current) box.scrollTop = box.scrollHeight;
  }, [newest]);

  return (
    <Panel aria-labelledby="chat-heading" data-testid="chat">
      <Heading variant="h2" id="chat-heading" mb="s">
        {t('live.chat.title')}
      </Heading>
      <MessageRegion
        scrollerRef={scroller}
        label={t('live.chat.log')}
        onScroll={(event) => {
          const box = event.currentTarget;
          atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
        }}
      >
        {messages.length === 0 && sending.length === 0 ? (
          <Empty>{t('live.chat.empty')}</Empty>
        ) : (
          <List data-testid="chat-messages">
            {messages.map((message) => (
              <ChatItem key={message.id} message={message} />
            ))}
            {sending.map((o) => (
              <Sending key={o.clientId} data-testid="chat-sending">
                <Body>{o.body}</Body>
                <Notice>{t('live.composer.sending')}</Notice>
              </Sending>
            ))}
          </List>
        )}
      </MessageRegion>
      <ChatWriting />
    </Panel>
  );
}

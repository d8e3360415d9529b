import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import type { LiveMessage } from '#shared/live.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useClock } from '../format.ts';
import { useRoomContext } from './room-context.ts';

const Meta = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0 ${tokens.space.xs};
  margin: 0;
  ${tokens.type.bodySmall}
  color: ${tokens.muted};
`;

const Name = styled.span`
  ${tokens.type.label}
  color: ${tokens.text};
`;

const TAG_COLOURS = {
  host: tokens.brand,
  answered: tokens.success,
  warning: tokens.error,
  muted: tokens.muted,
};

/** A small label on a coloured ground: white text on dark colours only (contrast ≥ 4.5:1). */
export const Tag = styled.span<{ $tone: keyof typeof TAG_COLOURS }>`
  display: inline-block;
  ${tokens.type.label}
  font-size: 13px;
  line-height: 1.4;
  border-radius: 10px;
  padding: 0 8px;
  color: ${tokens.surface};
  background: ${({ $tone }) => TAG_COLOURS[$tone]};
`;

/** Who wrote a message, from which organisation, when; hosts are marked. */
export function MessageMeta({ message }: { message: LiveMessage }) {
  const { t } = useTranslation();
  const clock = useClock();
  const { state } = useRoomContext();
  const own = message.author.participantId === state.you?.participantId;
  return (
    <Meta>
      <Name data-testid="message-author">{message.author.displayName}</Name>
      {message.author.organisation && (
        <span data-testid="message-organisation">{message.author.organisation}</span>
      )}
      {message.author.host && <Tag $tone="host">{t('live.message.host')}</Tag>}
      {own && <span>({t('live.message.you')})</span>}
      <time dateTime={message.createdAt}>{clock(message.createdAt)}</time>
    </Meta>
  );
}

export const Body = styled.p`
  ${tokens.type.body}
  margin: ${tokens.space.xxs} 0 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xxs} ${tokens.space.m};
  margin-top: ${tokens.space.xxs};
`;

export const LinkButton = styled.button`
  ${tokens.type.bodySmall}
  color: ${tokens.highlightDark};
  background: none;
  border: 0;
  padding: 2px 0;
  cursor: pointer;
  text-decoration: underline;

  &[aria-disabled='true'] {
    color: ${tokens.muted};
    cursor: default;
    text-decoration: none;
  }
`;

const Note = styled.span`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
`;

/** Reporting a message to the hosts, once. */
function ReportAction({ message }: { message: LiveMessage }) {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  if (state.reportedByMe.has(message.id)) {
    return <Note data-testid="reported">{t('live.message.reported')}</Note>;
  }
  return (
    <LinkButton
      type="button"
      aria-label={t('live.message.reportLabel', { name: message.author.displayName })}
      onClick={() => client.report(message.id)}
    >
      {t('live.message.report')}
    </LinkButton>
  );
}

/** Removing a message's author from the room, once confirmed; cancelling puts focus back on the button. */
function useAuthorRemoval(participantId: string) {
  const { client } = useRoomContext();
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return {
    confirming,
    buttonRef,
    ask: () => setConfirming(true),
    confirm: () => {
      setConfirming(false);
      client.remove(participantId);
    },
    cancel: () => {
      setConfirming(false);
      requestAnimationFrame(() => buttonRef.current?.focus());
    },
  };
}

/**
 * What one may do with someone else's message: report it; hosts hide it or remove its author
 * (after a confirmation). `extra` comes first (e.g. "mark answered").
 */
export function MessageActions({ message, extra }: { message: LiveMessage; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const { state, client, host } = useRoomContext();
  const actionsRef = useRef<HTMLDivElement>(null);
  const author = message.author;
  const removal = useAuthorRemoval(author.participantId);
  const own = author.participantId === state.you?.participantId;
  const reports = state.reports[message.id] ?? 0;
  const name = author.displayName;
  const canReport = !own && !host;
  const canRemove = host && !own && !author.host;
  if (!extra && !canReport && !host) return null;
  return (
    <>
      <Actions ref={actionsRef}>
        {extra}
        {canReport && <ReportAction message={message} />}
        {host && reports > 0 && (
          <Tag $tone="warning" data-testid="report-count">
            {t('live.message.reports', { count: reports })}
          </Tag>
        )}
        {host && (
          <LinkButton
            type="button"
            aria-label={t('live.message.hideLabel', { name })}
            onClick={() => {
              // The message disappears: keep focus in its list rather than losing it.
              actionsRef.current?.closest<HTMLElement>('[data-keeps-focus]')?.focus();
              client.hide(message.id);
            }}
          >
            {t('live.message.hide')}
          </LinkButton>
        )}
        {canRemove && (
          <LinkButton
            ref={removal.buttonRef}
            type="button"
            aria-label={t('live.message.removeLabel', { name })}
            onClick={removal.ask}
          >
            {t('live.message.remove')}
          </LinkButton>
        )}
      </Actions>
      {removal.confirming && (
        <ConfirmAction
          question={t('live.message.removeConfirm', { name })}
          confirmText={t('live.message.removeYes')}
          cancelText={t('common.cancel')}
          pending={false}
          onConfirm={removal.confirm}
          onCancel={removal.cancel}
        />
      )}
    </>
  );
}

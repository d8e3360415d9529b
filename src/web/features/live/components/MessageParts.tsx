import { useRef, useState } from 'react';
import { styled } from 'styled-components';
import type { LiveMessage } from '#shared/live.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
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

/** Who wrote a message, from which organisation, when; hosts are marked, and one's own. */
export function AuthorLine({ message, own }: { message: LiveMessage; own: boolean }) {
  const { t } = useTranslation();
  const clock = useClock();
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

/** `AuthorLine` in the room, where the reader's own messages are marked. */
export function MessageMeta({ message }: { message: LiveMessage }) {
  const { state } = useRoomContext();
  return <AuthorLine message={message} own={message.author.participantId === state.you?.participantId} />;
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

  /* A confirmation takes a line of its own under the buttons. */
  & > [role='group'] {
    flex-basis: 100%;
  }
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

/** An action done once confirmed; cancelling (or Escape) puts focus back on its button. */
function useConfirmation(action: () => void) {
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return {
    confirming,
    buttonRef,
    ask: () => setConfirming(true),
    confirm: () => {
      setConfirming(false);
      action();
    },
    cancel: () => {
      setConfirming(false);
      requestAnimationFrame(() => buttonRef.current?.focus());
    },
  };
}

type Confirmation = ReturnType<typeof useConfirmation>;

/** The button that asks, and its inline confirmation while asking. */
function ConfirmedButton(props: {
  confirmation: Confirmation;
  label: string;
  text: string;
  question: string;
  yes: string;
}) {
  const { t } = useTranslation();
  const { confirmation } = props;
  return (
    <>
      <LinkButton
        ref={confirmation.buttonRef}
        type="button"
        aria-label={props.label}
        onClick={confirmation.ask}
      >
        {props.text}
      </LinkButton>
      {confirmation.confirming && (
        <ConfirmAction
          question={props.question}
          confirmText={props.yes}
          cancelText={t('common.cancel')}
          pending={false}
          onConfirm={confirmation.confirm}
          onCancel={confirmation.cancel}
        />
      )}
    </>
  );
}

/** Reporting a message to the hosts, once, after a confirmation (a report cannot be taken back). */
function ReportAction({ message }: { message: LiveMessage }) {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const confirmation = useConfirmation(() => client.report(message.id));
  if (state.reportedByMe.has(message.id)) {
    return <Note data-testid="reported">{t('live.message.reported')}</Note>;
  }
  const name = message.author.displayName;
  return (
    <ConfirmedButton
      confirmation={confirmation}
      label={t('live.message.reportLabel', { name })}
      text={t('live.message.report')}
      question={t('live.message.reportConfirm', { name })}
      yes={t('live.message.reportYes')}
    />
  );
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
  const removal = useConfirmation(() => client.remove(author.participantId));
  const own = author.participantId === state.you?.participantId;
  const reports = state.reports[message.id] ?? 0;
  const name = author.displayName;
  const canReport = !own && !host;
  const canRemove = host && !own && !author.host;
  if (!extra && !canReport && !host) return null;
  return (
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
        <ConfirmedButton
          confirmation={removal}
          label={t('live.message.removeLabel', { name })}
          text={t('live.message.remove')}
          question={t('live.message.removeConfirm', { name })}
          yes={t('live.message.removeYes')}
        />
      )}
    </Actions>
  );
}

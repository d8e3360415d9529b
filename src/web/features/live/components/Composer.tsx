import { useEffect, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Textarea } from 'suomifi-ui-components';
import { LIVE_LIMITS } from '#shared/live.ts';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { useRoomContext } from './room-context.ts';
import { CHAT_BOX_ID } from './room-parts.ts';

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${tokens.space.xs};
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${tokens.space.s};

  & > :first-child {
    flex: 1 1 18rem;
    min-width: 0;
  }
`;

const Counter = styled.span<{ $over: boolean }>`
  display: block;
  text-align: right;
  ${tokens.type.bodySmall}
  font-size: 14px;
  color: ${({ $over }) => ($over ? tokens.error : tokens.muted)};
  ${({ $over }) => ($over ? 'font-weight: 600;' : '')}
`;

const LIMIT = LIVE_LIMITS.messageChars;

/** Told to screen readers only when the text nears or passes the limit, not at every key. */
function useLimitNotice(length: number): string {
  const { t } = useTranslation();
  const left = LIMIT - length;
  if (left < 0) return t('validation.tooLong', { max: LIMIT });
  if (left <= 50) return t('live.composer.remaining', { count: 50 });
  if (left <= 100) return t('live.composer.remaining', { count: 100 });
  return '';
}

interface ComposerProps {
  kind: 'chat' | 'ask';
  label: string;
  hint: string;
  submitText: string;
}

/** The text being written: sending checks it and clears it at once; a refused text comes back. */
function useComposerText(kind: ComposerProps['kind']) {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = state.errors[kind];

  // A refused message comes back to its writer, unless they have started a new one.
  useEffect(() => {
    if (error?.body) setText((current) => current || (error.body ?? ''));
  }, [error]);

  function send() {
    const body = text.trim();
    if (!body) {
      setInvalid(t('live.composer.empty'));
      return;
    }
    if (body.length > LIMIT) {
      setInvalid(t('validation.tooLong', { max: LIMIT }));
      return;
    }
    setInvalid(null);
    setText('');
    if (kind === 'chat') client.chat(body);
    else client.ask(body);
  }

  function change(next: string) {
    setText(next);
    if (invalid) setInvalid(null);
  }

  return { text, invalid, send, change };
}

/**
 * Writing a chat message or a question. Enter sends (Shift+Enter makes a new line); the text is
 * cleared at once and shown as "sending" until the room has it; a refused text comes back here.
 */
export function Composer({ kind, label, hint, submitText }: ComposerProps) {
  const { text, invalid, send, change } = useComposerText(kind);
  const limitNotice = useLimitNotice(text.length);

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      data-testid={`${kind}-form`}
    >
      <Row>
        <Textarea
          labelText={label}
          hintText={hint}
          name={kind === 'chat' ? 'chat-message' : 'question'}
          id={kind === 'chat' ? CHAT_BOX_ID : undefined}
          value={text}
          rows={2}
          resize="vertical"
          fullWidth
          status={invalid ? 'error' : 'default'}
          statusText={invalid ?? undefined}
          statusTextAriaLiveMode="assertive"
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
        />
        <Button type="submit">{submitText}</Button>
      </Row>
      <Counter aria-hidden="true" $over={text.length > LIMIT}>
        {text.length}/{LIMIT}
      </Counter>
      <VisuallyHiddenText aria-live="polite">{limitNotice}</VisuallyHiddenText>
      <ErrorNote target={kind} />
    </Form>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading } from 'suomifi-ui-components';
import { z } from 'zod';
import { LIVE_LIMITS, POLL_KINDS } from '#shared/live.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { type PollDraft, PollFields } from './PollFields.tsx';
import { useRoomContext } from './room-context.ts';

const PollInputSchema = z.object({
  poll: z
    .object({
      question: z.string().trim().min(1).max(LIVE_LIMITS.pollQuestionChars),
      kind: z.enum(POLL_KINDS),
      options: z
        .array(z.string().trim().min(1).max(LIVE_LIMITS.pollOptionChars))
        .max(LIVE_LIMITS.pollOptions),
    })
    .refine((poll) => poll.kind === 'scale' || poll.options.length >= 2, { path: ['options'] }),
});

type NewPoll = z.output<typeof PollInputSchema>['poll'];

const Box = styled.div`
  border-top: 1px solid ${tokens.borderLight};
  padding-top: ${tokens.space.m};
`;

const EMPTY: PollDraft = { question: '', kind: 'single', options: ['', ''] };

/**
 * Sends the host's poll and follows it: once the room has it, `onOpened` runs and the status says
 * the poll is open (until no poll is); a refusal leaves the error to the form.
 */
function usePollSending(onOpened: () => void) {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const [sent, setSent] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const error = state.errors['poll-form'];
  const anyOpen = state.polls.some((p) => p.status === 'open');

  // "The poll is open" stops being true once it closes.
  useEffect(() => {
    if (!anyOpen) setStatus(null);
  }, [anyOpen]);

  // Once the room has the poll, the form closes; a refusal keeps it open with the error.
  useEffect(() => {
    if (!sent || state.pollsSending > 0) return;
    setSent(false);
    if (error) return;
    setStatus(t('live.pollForm.opened'));
    onOpened();
  }, [sent, state.pollsSending, error, t, onOpened]);

  function send(poll: NewPoll) {
    setStatus(null);
    setSent(true);
    client.openPoll(poll);
  }

  return { sent, status, send, clearStatus: () => setStatus(null) };
}

/** The host opens a poll: a question, its kind, and its options (a scale poll's are 1–5). */
export function PollForm() {
  const { t } = useTranslation();
  const form = useFormState();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const toggle = useRef<HTMLButtonElement>(null);
  const onOpened = useCallback(() => {
    setValues(EMPTY);
    setOpen(false);
    toggle.current?.focus();
  }, []);
  const sending = usePollSending(onOpened);

  return (
    <Box>
      <StatusMessage message={sending.status} testId="poll-form-status" />
      <Button
        ref={toggle}
        variant="secondary"
        aria-expanded={open}
        aria-controls="poll-form"
        onClick={() => {
          setOpen((o) => !o);
          sending.clearStatus();
        }}
      >
        {t('live.pollForm.toggle')}
      </Button>
      <div id="poll-form" hidden={!open}>
        {open && (
          <NewPollForm
            form={form}
            values={values}
            onChange={setValues}
            sent={sending.sent}
            onSend={sending.send}
          />
        )}
      </div>
    </Box>
  );
}

interface NewPollFormProps {
  form: ReturnType<typeof useFormState>;
  values: PollDraft;
  onChange: React.Dispatch<React.SetStateAction<PollDraft>>;
  /** Sent and not yet in the room. */
  sent: boolean;
  onSend: (poll: NewPoll) => void;
}

/** The form of a new poll, checked before it is sent (a scale poll has no options of its own). */
function NewPollForm({ form, values, onChange, sent, onSend }: NewPollFormProps) {
  const { t } = useTranslation();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (sent) return;
    const options = values.kind === 'scale' ? [] : values.options.filter((o) => o.trim() !== '');
    const input = form.validate(
      PollInputSchema,
      { poll: { ...values, options } },
      { 'poll.options': t('live.pollForm.twoOptions') },
    );
    if (input) onSend(input.poll);
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="poll-form">
      <Heading variant="h3" mt="m" mb="s">
        {t('live.pollForm.title')}
      </Heading>
      <FormAlert message={form.formError} />
      <PollFields values={values} onChange={onChange} errors={form.errors} />
      <ErrorNote target="poll-form" />
      <ButtonRow>
        <SubmitButton pending={sent}>{t('live.pollForm.submit')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

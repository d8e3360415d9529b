import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, Heading } from 'suomifi-ui-components';
import { z } from 'zod';
import { LIVE_LIMITS, POLL_KINDS } from '#shared/live.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { tokens } from '../../../lib/theme.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { LinkButton } from './MessageParts.tsx';
import { useRoomContext } from './room-context.ts';

type Kind = (typeof POLL_KINDS)[number];

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

const Box = styled.div`
  border-top: 1px solid ${tokens.borderLight};
  padding-top: ${tokens.space.m};
`;

const OptionRow = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${tokens.space.s};

  & > :first-child {
    flex: 1;
    min-width: 0;
  }
  & > button {
    margin-top: 38px;
  }
`;

const EMPTY = { question: '', kind: 'single' as Kind, options: ['', ''] };

/** The host opens a poll: a question, its kind, and its options (a scale poll's are 1–5). */
export function PollForm() {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const form = useFormState();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
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
    setValues(EMPTY);
    setOpen(false);
    setStatus(t('live.pollForm.opened'));
    toggle.current?.focus();
  }, [sent, state.pollsSending, error, t]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (sent) return;
    const options = values.kind === 'scale' ? [] : values.options.filter((o) => o.trim() !== '');
    const input = form.validate(
      PollInputSchema,
      { poll: { ...values, options } },
      { 'poll.options': t('live.pollForm.twoOptions') },
    );
    if (!input) return;
    setStatus(null);
    setSent(true);
    client.openPoll(input.poll);
  }

  const setOption = (index: number, text: string) =>
    setValues((v) => ({ ...v, options: v.options.map((o, i) => (i === index ? text : o)) }));

  return (
    <Box>
      <StatusMessage message={status} testId="poll-form-status" />
      <Button
        ref={toggle}
        variant="secondary"
        aria-expanded={open}
        aria-controls="poll-form"
        onClick={() => {
          setOpen((o) => !o);
          setStatus(null);
        }}
      >
        {t('live.pollForm.toggle')}
      </Button>
      <div id="poll-form" hidden={!open}>
        {open && (
          <form ref={form.formRef} onSubmit={submit} noValidate data-testid="poll-form">
            <Heading variant="h3" mt="m" mb="s">
              {t('live.pollForm.title')}
            </Heading>
            <FormAlert message={form.formError} />
            <TextField
              name="poll.question"
              labelText={t('live.pollForm.question')}
              value={values.question}
              onChange={(question) => setValues((v) => ({ ...v, question }))}
              errors={form.errors}
              maxLength={LIVE_LIMITS.pollQuestionChars}
              required
            />
            <RadioGroupField
              name="poll.kind"
              legend={t('live.pollForm.kind')}
              value={values.kind}
              onChange={(kind) => setValues((v) => ({ ...v, kind: kind as Kind }))}
              options={POLL_KINDS.map((kind) => ({ value: kind, label: t(`live.pollForm.kinds.${kind}`) }))}
            />
            {values.kind !== 'scale' &&
              values.options.map((option, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place, by position
                <OptionRow key={index}>
                  <TextField
                    name={`poll.options.${index}`}
                    labelText={t('live.pollForm.option', { number: index + 1 })}
                    value={option}
                    onChange={(text) => setOption(index, text)}
                    errors={form.errors}
                    alsoErrorOf={index === 0 ? 'poll.options' : undefined}
                    maxLength={LIVE_LIMITS.pollOptionChars}
                  />
                  {values.options.length > 2 && (
                    <LinkButton
                      type="button"
                      aria-label={t('live.pollForm.removeOptionLabel', { number: index + 1 })}
                      onClick={() =>
                        setValues((v) => ({ ...v, options: v.options.filter((_, i) => i !== index) }))
                      }
                    >
                      {t('live.pollForm.removeOption')}
                    </LinkButton>
                  )}
                </OptionRow>
              ))}
            {values.kind !== 'scale' && values.options.length < LIVE_LIMITS.pollOptions && (
              <Button
                variant="secondaryNoBorder"
                onClick={() => setValues((v) => ({ ...v, options: [...v.options, ''] }))}
              >
                {t('live.pollForm.addOption')}
              </Button>
            )}
            <ErrorNote target="poll-form" />
            <ButtonRow>
              <SubmitButton pending={sent}>{t('live.pollForm.submit')}</SubmitButton>
            </ButtonRow>
          </form>
        )}
      </div>
    </Box>
  );
}

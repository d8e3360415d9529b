import { useState } from 'react';
import { CreateEventSchema, type Theme } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useCreateEvent } from '../api/create-event.ts';
import { useHolidaysOn } from '../api/holidays-on.ts';
import { HolidayWarning } from './HolidayWarning.tsx';
import { MeetingFields } from './MeetingFields.tsx';
import { createEventPayload, emptyMeeting, type MeetingValues } from './meeting-values.ts';
import { meetingRuleMessages } from './rule-messages.ts';

const SCOPE = 'single';
const SingleInput = scoped(SCOPE, CreateEventSchema);

/** Adds one meeting outside any series. */
export function SingleMeetingForm({ network, themes }: { network: string; themes: Theme[] }) {
  const { t } = useTranslation();
  const form = useFormState();
  const create = useCreateEvent(network);
  const [values, setValues] = useState(emptyMeeting);
  const [done, setDone] = useState<string | null>(null);
  const holidays = useHolidaysOn(network, values.date);
  const pick = useLocalized();
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setDone(null);
    const input = form.validate(
      SingleInput,
      { [SCOPE]: createEventPayload(values) },
      meetingRuleMessages(SCOPE, t),
    );
    if (!input) return;
    try {
      const created = await create.mutateAsync(input[SCOPE]);
      setDone(t('programme.single.created', { title: pick(created.title).text }));
      setValues(emptyMeeting());
    } catch (error) {
      form.fail(scopedError(error, SCOPE));
    }
  }

  return (
    <>
      <StatusMessage message={done} testId="single-status" />
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="single-form">
        <FormAlert message={form.formError} />
        <MeetingFields
          scope={SCOPE}
          values={values}
          set={set}
          errors={form.errors}
          themes={themes}
          statuses={['published', 'draft']}
        />
        <div aria-live="polite">
          <HolidayWarning holidays={holidays.data?.holidays ?? []} />
        </div>
        <ButtonRow>
          <SubmitButton pending={create.isPending}>{t('programme.single.submit')}</SubmitButton>
        </ButtonRow>
      </form>
    </>
  );
}

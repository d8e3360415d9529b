import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES, type Event, type Theme, UpdateEventSchema } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useUpdateEvent } from '../api/update-event.ts';
import { MeetingFields } from './MeetingFields.tsx';
import { type MeetingValues, meetingValues, updateEventPayload } from './meeting-values.ts';
import { meetingRuleMessages } from './rule-messages.ts';

interface MeetingEditFormProps {
  network: string;
  event: Event;
  themes: Theme[];
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Edits one meeting, or (for a meeting of a series) it and the following ones. */
export function MeetingEditForm({ network, event, themes, onSaved, onClose }: MeetingEditFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const update = useUpdateEvent(network, event.slug);
  const scopeKey = `event-${event.id}`;
  const [initial] = useState(() => meetingValues(event));
  const [values, setValues] = useState(initial);
  const [scope, setScope] = useState<'this' | 'following'>('this');
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const following = scope === 'following';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (update.isPending) return;
    const changes = updateEventPayload(
      initial,
      following ? { ...values, date: initial.date } : values,
      scope,
    );
    const input = form.validate(
      scoped(scopeKey, UpdateEventSchema),
      { [scopeKey]: changes },
      meetingRuleMessages(scopeKey, t),
    );
    if (!input) return;
    try {
      await update.mutateAsync(changes);
      onSaved(
        t(following ? 'programme.meeting.savedFollowing' : 'programme.meeting.saved', {
          title: values.title,
        }),
      );
    } catch (error) {
      form.fail(scopedError(error, scopeKey));
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="meeting-form">
      <FormAlert message={form.formError} />
      {event.seriesId && (
        <RadioGroupField
          name={`${scopeKey}.scope`}
          legend={t('programme.meeting.applyTo')}
          hint={t('programme.meeting.applyToHint')}
          value={scope}
          onChange={(v) => setScope(v === 'following' ? 'following' : 'this')}
          options={[
            { value: 'this', label: t('programme.meeting.scopeThis') },
            { value: 'following', label: t('programme.meeting.scopeFollowing') },
          ]}
        />
      )}
      <MeetingFields
        scope={scopeKey}
        values={following ? { ...values, date: initial.date } : values}
        set={set}
        errors={form.errors}
        themes={themes}
        statuses={EVENT_STATUSES}
        dateDisabled={following}
        dateHint={following ? t('programme.meeting.dateFollowingHint') : undefined}
      />
      <ButtonRow>
        <SubmitButton pending={update.isPending}>{t('programme.meeting.save')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onClose}>
          {t('programme.meeting.close')}
        </SubmitButton>
      </ButtonRow>
    </form>
  );
}

import { useState } from 'react';
import { EVENT_STATUSES, type Event, type Theme, UpdateEventSchema } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { compactText } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useUpdateEvent } from '../api/update-event.ts';
import { MeetingFields } from './MeetingFields.tsx';
import { type MeetingValues, meetingValues, updateEventPayload } from './meeting-values.ts';
import { meetingRuleMessages } from './rule-messages.ts';

type EditScope = 'this' | 'following';

interface MeetingEditFormProps {
  network: string;
  event: Event;
  themes: Theme[];
  onSaved: (message: string) => void;
  onClose: () => void;
}

/**
 * The edit's values and its submit, which sends only what changed. Editing the following meetings
 * keeps each one's own date, so the date field shows (and sends) this meeting's date unchanged.
 */
function useMeetingEdit(network: string, event: Event, onSaved: (message: string) => void) {
  const { t } = useTranslation();
  const form = useFormState();
  const update = useUpdateEvent(network, event.slug);
  const pick = useLocalized();
  const scopeKey = `event-${event.id}`;
  const [initial] = useState(() => meetingValues(event));
  const [values, setValues] = useState(initial);
  const [scope, setScope] = useState<EditScope>('this');
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const following = scope === 'following';
  const shown = following ? { ...values, date: initial.date } : values;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (update.isPending) return;
    const changes = updateEventPayload(initial, shown, scope);
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
          title: pick(compactText(values.title)).text,
        }),
      );
    } catch (error) {
      form.fail(scopedError(error, scopeKey));
    }
  }

  return { form, pending: update.isPending, scopeKey, scope, setScope, following, shown, set, submit };
}

interface ApplyToFieldProps {
  name: string;
  value: EditScope;
  onChange: (scope: EditScope) => void;
}

/** Whether a change to a meeting of a series applies to it only, or to the following ones too. */
function ApplyToField({ name, value, onChange }: ApplyToFieldProps) {
  const { t } = useTranslation();
  return (
    <RadioGroupField
      name={name}
      legend={t('programme.meeting.applyTo')}
      hint={t('programme.meeting.applyToHint')}
      value={value}
      onChange={(v) => onChange(v === 'following' ? 'following' : 'this')}
      options={[
        { value: 'this', label: t('programme.meeting.scopeThis') },
        { value: 'following', label: t('programme.meeting.scopeFollowing') },
      ]}
    />
  );
}

/** Edits one meeting, or (for a meeting of a series) it and the following ones. */
export function MeetingEditForm({ network, event, themes, onSaved, onClose }: MeetingEditFormProps) {
  const { t } = useTranslation();
  const edit = useMeetingEdit(network, event, onSaved);
  const { form, scopeKey, following } = edit;
  return (
    <form ref={form.formRef} onSubmit={edit.submit} noValidate data-testid="meeting-form">
      <FormAlert message={form.formError} />
      {event.seriesId && (
        <ApplyToField name={`${scopeKey}.scope`} value={edit.scope} onChange={edit.setScope} />
      )}
      <MeetingFields
        scope={scopeKey}
        values={edit.shown}
        set={edit.set}
        errors={form.errors}
        themes={themes}
        statuses={EVENT_STATUSES}
        dateDisabled={following}
        dateHint={following ? t('programme.meeting.dateFollowingHint') : undefined}
      />
      <ButtonRow>
        <SubmitButton pending={edit.pending}>{t('programme.meeting.save')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onClose}>
          {t('programme.meeting.close')}
        </SubmitButton>
      </ButtonRow>
    </form>
  );
}

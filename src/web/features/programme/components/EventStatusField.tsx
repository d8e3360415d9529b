import type { EventStatus } from '#shared/events.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';

interface EventStatusFieldProps<S extends EventStatus> {
  name: string;
  /** The statuses to choose from, e.g. a new meeting cannot be cancelled yet. */
  statuses: readonly S[];
  value: S;
  onChange: (status: S) => void;
  errors: FieldErrors;
}

/** The status of a meeting or of a series' meetings. */
export function EventStatusField<S extends EventStatus>(props: EventStatusFieldProps<S>) {
  const { name, statuses, value, onChange, errors } = props;
  const { t } = useTranslation();
  return (
    <SelectField
      name={name}
      label={t('programme.status')}
      value={value}
      onChange={(v) => onChange(statuses.find((s) => s === v) ?? value)}
      options={statuses.map((s: EventStatus) => ({ value: s, label: t(`programme.eventStatus.${s}`) }))}
      errors={errors}
    />
  );
}

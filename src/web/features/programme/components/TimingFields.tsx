import { InputField } from '../../../components/form/InputField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';

interface Timing {
  startTime: string;
  durationMinutes: string;
}

interface TimingFieldsProps {
  /** Path of the fields' parent, e.g. `series.rule`; the fields are `<prefix>.startTime` and so on. */
  prefix: string;
  values: Timing;
  set: (key: keyof Timing, value: string) => void;
  errors: FieldErrors;
}

/** When a meeting starts and how long it lasts, for one meeting and for a series alike. */
export function TimingFields({ prefix, values, set, errors }: TimingFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        name={`${prefix}.startTime`}
        type="time"
        label={t('programme.startTime')}
        value={values.startTime}
        onChange={(v) => set('startTime', v)}
        errors={errors}
      />
      <InputField
        name={`${prefix}.durationMinutes`}
        type="number"
        min={5}
        label={t('programme.duration')}
        value={values.durationMinutes}
        onChange={(v) => set('durationMinutes', v)}
        errors={errors}
      />
    </>
  );
}

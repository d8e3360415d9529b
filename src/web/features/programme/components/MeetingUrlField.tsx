import { TextField } from '../../../components/form/TextField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';

interface MeetingUrlFieldProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
}

/** The online meeting's address, for one meeting and for a series alike. */
export function MeetingUrlField({ name, value, onChange, errors }: MeetingUrlFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      name={name}
      type="url"
      labelText={t('programme.meetingUrl')}
      hintText={t('programme.meetingUrlHint')}
      optionalText={t('common.optional')}
      value={value}
      onChange={onChange}
      errors={errors}
    />
  );
}

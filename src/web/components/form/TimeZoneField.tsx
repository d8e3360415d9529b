import { useMemo } from 'react';
import { COMMON_TIME_ZONES, timeZoneLabel, timeZoneOptions } from '../../lib/date-time.ts';
import type { FieldErrors } from '../../lib/forms.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useTranslation } from '../../lib/translation.tsx';
import { SelectField } from './SelectField.tsx';

/** A time-zone select: the common zones in a group of their own, then every zone, by readable names. */
export function TimeZoneField(props: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (zone: string) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useMemo(() => {
    const common = t('timeZones.common');
    const all = t('timeZones.all');
    return [
      ...COMMON_TIME_ZONES.map((zone) => ({
        value: zone,
        label: timeZoneLabel(zone, language),
        group: common,
      })),
      ...timeZoneOptions(props.value)
        .filter((zone) => !(COMMON_TIME_ZONES as readonly string[]).includes(zone))
        .map((zone) => ({ value: zone, label: timeZoneLabel(zone, language), group: all })),
    ];
  }, [t, language, props.value]);
  return <SelectField {...props} options={options} />;
}

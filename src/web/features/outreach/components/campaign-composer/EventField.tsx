import { NativeField } from '../../../../components/form/NativeField.tsx';
import { useLocalized } from '../../../../lib/localized.ts';
import { useMeetingTime } from '../../../../lib/meeting-time.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { EventChoices } from '../../api/event-choices.ts';
import { Select } from './composer-styles.ts';
import { name } from './composer-values.ts';

/** The meeting a campaign is about: the coming ones, then the latest past ones. */
export function EventField({
  choices,
  value,
  onChange,
  errors,
}: {
  choices: EventChoices | undefined;
  value: string;
  onChange: (id: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const pick = useLocalized();
  const label = (e: EventChoices['upcoming'][number]) =>
    `${pick(e.title).text} – ${time.date(e.startsAt, e.timeZone)}${e.status === 'draft' ? ` (${t('programme.eventStatus.draft')})` : ''}`;
  return (
    <NativeField
      name={name('eventId')}
      label={t('outreachPage.composer.event')}
      hint={t('outreachPage.composer.eventHint')}
      errors={errors}
    >
      {(control) => (
        <Select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('outreachPage.composer.noEvent')}</option>
          {value && choices && ![...choices.upcoming, ...choices.past].some((e) => e.id === value) && (
            <option value={value}>{t('outreachPage.composer.otherEvent')}</option>
          )}
          {choices && choices.upcoming.length > 0 && (
            <optgroup label={t('outreachPage.composer.upcoming')}>
              {choices.upcoming.map((e) => (
                <option key={e.id} value={e.id}>
                  {label(e)}
                </option>
              ))}
            </optgroup>
          )}
          {choices && choices.past.length > 0 && (
            <optgroup label={t('outreachPage.composer.past')}>
              {choices.past.map((e) => (
                <option key={e.id} value={e.id}>
                  {label(e)}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      )}
    </NativeField>
  );
}

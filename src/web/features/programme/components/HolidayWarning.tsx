import { InlineAlert } from 'suomifi-ui-components';
import type { Holiday } from '#shared/events.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { formatLocalDate } from './format.ts';

/** "Note: 6.1.2023 is a public holiday (loppiainen)": a warning before saving, never a refusal. */
export function HolidayWarning({ holidays }: { holidays: Holiday[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (holidays.length === 0) return null;
  return (
    <InlineAlert status="warning" mb="m" data-testid="holiday-warning">
      <p>{t('programme.holidays.warning', { count: holidays.length })}</p>
      <ul>
        {holidays.map((holiday) => (
          <li key={holiday.date}>
            {t('programme.holidays.item', {
              date: formatLocalDate(holiday.date, language),
              holiday: holiday.name[language],
            })}
          </li>
        ))}
      </ul>
    </InlineAlert>
  );
}

import type { Language } from '#shared/languages.ts';
import type { LiveErrorCode } from '#shared/live.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useTranslation } from '../../lib/translation.tsx';
import type { RoomError } from './live-client.ts';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A message's time of day in the visitor's own zone, e.g. "9.41". */
export function useClock(): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[useLanguage()], { hour: 'numeric', minute: '2-digit' });
  return (iso) => format.format(new Date(iso));
}

/** Percentages in the UI language, e.g. "60 %". */
export function usePercent(): (share: number) => string {
  const format = new Intl.NumberFormat(LOCALES[useLanguage()], {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return (share) => format.format(share);
}

/** A translated text for an error frame (or "offline"), with the seconds to wait when given. */
export function useErrorText(): (error: RoomError) => string {
  const { t } = useTranslation();
  return (error) => {
    const seconds = Math.max(1, Math.ceil(error.retryAfter ?? 0));
    const code: LiveErrorCode | 'offline' = error.code;
    if (code === 'slow-mode' || code === 'rate-limited') {
      return error.retryAfter ? t(`live.errors.${code}`, { seconds }) : t(`live.errors.${code}Now`);
    }
    return t(`live.errors.${code}`);
  };
}

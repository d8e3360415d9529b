import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/common.ts';
import type { Subscriber } from '../../../shared/outreach.ts';
import { useLanguage } from '../../lib/i18n.ts';

export const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as a short date and time in the UI language, e.g. "5.6.2026 klo 12.00". */
export function useDateTime(): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[useLanguage()], { dateStyle: 'short', timeStyle: 'short' });
  return (iso) => format.format(new Date(iso));
}

/** Where a subscriber came from, in the UI language. */
export function sourceText(subscriber: Subscriber, t: TFunction): string {
  const { source, sourceBy, sourceFile, createdAt } = subscriber;
  if (source === 'import') {
    return t('outreachPage.source.import', {
      file: sourceFile ?? '',
      email: sourceBy ?? '',
      date: createdAt.slice(0, 10),
    });
  }
  if (source === 'manual' && sourceBy) return t('outreachPage.source.added', { email: sourceBy });
  return t(`outreachPage.source.${source === 'interest-form' ? 'interest' : source}`);
}

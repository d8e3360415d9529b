import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/common.ts';
import { useLanguage } from '../../lib/i18n.ts';

export const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as a short date and time in the UI language, e.g. "5.6.2026 klo 12.00". */
export function useDateTime(): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[useLanguage()], { dateStyle: 'short', timeStyle: 'short' });
  return (iso) => format.format(new Date(iso));
}

/**
 * Where a subscriber came from, in the UI language. The server records it as English text
 * ("interest form", "added by x", "import of f by x on d"); anything else is shown as it is.
 */
export function sourceText(source: string, t: TFunction): string {
  if (source === 'interest form') return t('outreachPage.source.interest');
  const added = /^added by (.+)$/.exec(source);
  if (added) return t('outreachPage.source.added', { email: added[1] });
  const imported = /^import of (.+) by (\S+) on (\d{4}-\d{2}-\d{2})$/.exec(source);
  if (imported)
    return t('outreachPage.source.import', { file: imported[1], email: imported[2], date: imported[3] });
  return source;
}

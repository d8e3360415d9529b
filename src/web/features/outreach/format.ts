import type { TFunction } from 'i18next';
import type { Subscriber } from '#shared/outreach.ts';

export { LOCALES, useDateTime } from '../../lib/date-time.ts';

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

import type { Language } from '#shared/languages.ts';
import { useLanguage } from './i18n.ts';

export const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as a short date and time in the UI language, e.g. "5.6.2026 klo 12.00". */
export function useDateTime(): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[useLanguage()], { dateStyle: 'short', timeStyle: 'short' });
  return (iso) => format.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in the UI language, e.g. "5.6.2026"; no time zone can shift it. */
export function useCalendarDate(): (date: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[useLanguage()], { dateStyle: 'long', timeZone: 'UTC' });
  return (date) => format.format(new Date(`${date}T00:00:00Z`));
}

/** The zones a Finnish network's organisers usually want, first in the list. */
export const COMMON_TIME_ZONES = ['Europe/Helsinki', 'Europe/Stockholm', 'Europe/Tallinn', 'UTC'] as const;

/** IANA time zones the browser knows, with the current one always included. */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

/** "Helsinki – Itä-Euroopan aika (Europe/Helsinki)": the place and the zone's name in the UI language. */
export function timeZoneLabel(zone: string, language: Language): string {
  const place = zone.split('/').at(-1)?.replaceAll('_', ' ') ?? zone;
  const name = new Intl.DateTimeFormat(LOCALES[language], { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && name !== place ? `${place} – ${name} (${zone})` : `${place} (${zone})`;
}

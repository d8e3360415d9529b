import type { Language } from './common.ts';

/** Finnish-style numeric dates in fi and sv (Finland Swedish), British ones in en. */
export const DATE_LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The words around a date and clock times; a translator (the i18n keys `events.time.*`) gives them. */
export type TimeWords = (
  key: 'events.time.span' | 'events.time.spanDays' | 'events.time.moment',
  vars: { date?: string; time?: string; start?: string; end?: string },
) => string;

const day = (language: Language, timeZone: string) =>
  new Intl.DateTimeFormat(DATE_LOCALES[language], {
    weekday: 'short',
    day: 'numeric',
    month: language === 'en' ? 'short' : 'numeric',
    year: 'numeric',
    timeZone,
  });

const clock = (language: Language, timeZone: string) =>
  new Intl.DateTimeFormat(DATE_LOCALES[language], { hour: 'numeric', minute: '2-digit', timeZone });

/**
 * The zone's name in `language` as it applies on that date, e.g. "Itä-Euroopan normaaliaika" or
 * "Eastern European Summer Time": a reader elsewhere can convert it, where "Europe/Helsinki" or the
 * generic "Eastern European Time" leaves the summer hour to guess.
 */
export function timeZoneName(language: Language, timeZone: string, at: Date): string {
  return (
    new Intl.DateTimeFormat(DATE_LOCALES[language], { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** Only the day, e.g. "pe 4.12.2026", "fre 4.12.2026", "Fri, 4 Dec 2026". */
export const meetingDate = (language: Language, at: Date, timeZone: string) =>
  day(language, timeZone).format(at);

/** A moment with its clock time, e.g. "pe 4.12.2026 klo 9.00", without the zone. */
export const meetingMoment = (words: TimeWords, language: Language, at: Date, timeZone: string) =>
  words('events.time.moment', {
    date: meetingDate(language, at, timeZone),
    time: clock(language, timeZone).format(at),
  });

/**
 * A meeting's date, start and end in its zone, with the zone named, for e-mails and exports:
 * "pe 4.12.2026 klo 9.00–10.30 (Itä-Euroopan normaaliaika)".
 */
export function meetingSpan(
  words: TimeWords,
  language: Language,
  meeting: { startsAt: Date; endsAt: Date; timeZone: string },
): string {
  const { startsAt, endsAt, timeZone } = meeting;
  const [startDay, endDay] = [startsAt, endsAt].map((at) => meetingDate(language, at, timeZone));
  const time = clock(language, timeZone);
  const text =
    startDay === endDay
      ? words('events.time.span', {
          date: startDay ?? '',
          start: time.format(startsAt),
          end: time.format(endsAt),
        })
      : words('events.time.spanDays', {
          start: meetingMoment(words, language, startsAt, timeZone),
          end: meetingMoment(words, language, endsAt, timeZone),
        });
  return `${text} (${timeZoneName(language, timeZone, startsAt)})`;
}

import { LOCALES } from './date-time.ts';
import { useLanguage } from './i18n.ts';
import { useTranslation } from './translation.tsx';

export interface ZonedTime {
  /** e.g. "perjantai 3.6.2022 klo 9.00–10.30" */
  text: string;
  /** The zone's name in the UI language, e.g. "Itä-Euroopan aika". */
  zone: string;
}

/** The visitor's own time zone, as the browser reports it. */
export function visitorTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** Formats meeting times in the UI language ("perjantai 3.6.2022 klo 9.00–10.30"). */
export function useMeetingTime() {
  const { t } = useTranslation();
  const locale = LOCALES[useLanguage()];

  const dateOf = (date: Date, timeZone: string) => {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(date);
    const day = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: locale === 'en-GB' ? 'long' : 'numeric',
      year: 'numeric',
      timeZone,
    }).format(date);
    return t('events.time.date', { weekday, date: day });
  };
  const clock = (date: Date, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(date);

  return {
    /** Only the day, e.g. "perjantai 3.6.2022". */
    date: (startsAt: string, timeZone: string) => dateOf(new Date(startsAt), timeZone),
    /** The day and time span in `timeZone`, with the zone's name. */
    span(startsAt: string, endsAt: string, timeZone: string): ZonedTime {
      const start = new Date(startsAt);
      const end = new Date(endsAt);
      const startDay = dateOf(start, timeZone);
      const endDay = dateOf(end, timeZone);
      const text =
        startDay === endDay
          ? t('events.time.span', {
              date: startDay,
              start: clock(start, timeZone),
              end: clock(end, timeZone),
            })
          : t('events.time.spanDays', {
              start: `${startDay} ${clock(start, timeZone)}`,
              end: `${endDay} ${clock(end, timeZone)}`,
            });
      const zone =
        new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
          .formatToParts(start)
          .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
      return { text, zone };
    },
    /** A moment with its date and time, e.g. for when the join link opens. */
    moment: (at: string, timeZone: string) => {
      const date = new Date(at);
      return t('events.time.moment', { date: dateOf(date, timeZone), time: clock(date, timeZone) });
    },
  };
}

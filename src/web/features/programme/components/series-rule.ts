import type { TFunction } from 'i18next';
import type { CreateSeries } from '#shared/events.ts';
import type { FullText } from '../../../components/form/LocalizedTextFields.tsx';
import { compactText, emptyText } from '../../../lib/forms.ts';
import { monthNames, type Weekday, weekdayName } from './format.ts';

export const ORDINALS = ['1', '2', '3', '4', '-1'] as const;
export type Ordinal = (typeof ORDINALS)[number];

export interface SeriesFormValues {
  title: FullText;
  frequency: 'monthly' | 'weekly';
  ordinal: Ordinal;
  weekday: Weekday;
  startDate: string;
  until: string;
  startTime: string;
  durationMinutes: string;
  timeZone: string;
  exceptMonths: number[];
  meetingUrl: string;
  status: 'draft' | 'published';
}

export const initialSeriesValues = (timeZone: string): SeriesFormValues => ({
  title: emptyText(),
  frequency: 'monthly',
  ordinal: '1',
  weekday: 'FR',
  startDate: '',
  until: '',
  startTime: '09:00',
  durationMinutes: '90',
  timeZone,
  exceptMonths: [],
  meetingUrl: '',
  status: 'published',
});

/** The RRULE the friendly controls stand for, e.g. FREQ=MONTHLY;BYDAY=1FR. */
export function rruleOf(values: SeriesFormValues): string {
  return values.frequency === 'monthly'
    ? `FREQ=MONTHLY;BYDAY=${values.ordinal}${values.weekday}`
    : `FREQ=WEEKLY;BYDAY=${values.weekday}`;
}

/** A number from a text input: NaN for an empty one, so the schema calls it invalid. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function seriesPayload(values: SeriesFormValues): CreateSeries {
  return {
    title: compactText(values.title),
    meetingUrl: values.meetingUrl.trim() || null,
    status: values.status,
    rule: {
      rrule: rruleOf(values),
      startDate: values.startDate,
      startTime: values.startTime,
      durationMinutes: numberOf(values.durationMinutes),
      timeZone: values.timeZone,
      ...(values.until ? { until: values.until } : {}),
      ...(values.exceptMonths.length ? { exceptMonths: values.exceptMonths } : {}),
    },
  };
}

/** The rule in words: "The first Friday of every month at 09:00 (Europe/Helsinki), except in July". */
export function describeRule(values: SeriesFormValues, t: TFunction, language: string): string {
  const weekday = weekdayName(values.weekday, language);
  const pattern =
    values.frequency === 'monthly'
      ? t('programme.series.describeMonthly', {
          ordinal: t(`programme.series.ordinal.${values.ordinal}`),
          weekday,
        })
      : t('programme.series.describeWeekly', { weekday });
  const months = monthNames(language);
  const parts = [
    pattern,
    t('programme.series.describeTime', { time: values.startTime || '–', timeZone: values.timeZone }),
  ];
  if (values.startDate) parts.push(t('programme.series.describeFrom', { date: values.startDate }));
  if (values.until) parts.push(t('programme.series.describeUntil', { date: values.until }));
  if (values.exceptMonths.length) {
    const list = values.exceptMonths.map((m) => months[m - 1]).join(', ');
    parts.push(t('programme.series.describeExcept', { months: list }));
  }
  return parts.join(' ');
}

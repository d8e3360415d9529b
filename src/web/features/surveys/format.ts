import type { QuestionResult, QuestionType, SurveySummary } from '#shared/surveys.ts';
import { LOCALES, useCalendarDate } from '../../lib/date-time.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { type Picked, useLocalized } from '../../lib/localized.ts';
import { useTranslation } from '../../lib/translation.tsx';

export type Point = QuestionResult['points'][number];

/**
 * How the results page writes its figures in the UI language. A count the small-count rule hides
 * (null) reads "< minCount" everywhere, in the chart, its name and the table alike.
 */
export interface Figures {
  minCount: number;
  count: (count: number | null) => string;
  /** An NPS or its interval's end, with its sign: "+32", "−5", "0". */
  signed: (value: number) => string;
  mean: (value: number) => string;
  /** A point's label: an option's text, a Likert point's words, or the point itself. */
  label: (type: QuestionType, point: Point) => Picked;
}

export function useFigures(minCount: number): Figures {
  const { t } = useTranslation();
  const pick = useLocalized();
  const locale = LOCALES[useLanguage()];
  const whole = new Intl.NumberFormat(locale);
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const mean = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    minCount,
    count: (count) => (count === null ? `< ${whole.format(minCount)}` : whole.format(count)),
    signed: (value) => signed.format(value),
    mean: (value) => mean.format(value),
    label: (type, point) => {
      if (point.label) return pick(point.label);
      const likert = type === 'likert' || type === 'likert-matrix';
      if (!likert) return { text: point.value, lang: undefined };
      const words = t(`surveyResults.likert.${point.value as '1'}`);
      return { text: /^\d$/.test(point.value) ? `${point.value} – ${words}` : words, lang: undefined };
    },
  };
}

/** When a survey takes answers: after every meeting for some days, or between two dates. */
export function useSurveyTiming(): (survey: SurveySummary) => string {
  const { t } = useTranslation();
  const date = useCalendarDate();
  return (survey) =>
    survey.kind === 'post-meeting'
      ? t('surveyResults.timing.postMeeting', { count: survey.closeAfterDays ?? 0 })
      : t('surveyResults.timing.periodic', {
          opens: survey.opensOn ? date(survey.opensOn) : '',
          closes: survey.closesOn ? date(survey.closesOn) : '',
        });
}

import type { TFunction } from 'i18next';

/** Our own messages for a meeting form's format rules, by field path. */
export const meetingRuleMessages = (scope: string, t: TFunction) => ({
  [`${scope}.date`]: t('programme.dateFormat'),
  [`${scope}.startTime`]: t('programme.timeFormat'),
  [`${scope}.meetingUrl`]: t('programme.urlFormat'),
  [`${scope}.recordingUrl`]: t('programme.urlFormat'),
});

/** Our own messages for the series form's rules, by field path. */
export const seriesRuleMessages = (t: TFunction) => ({
  'series.rule.startDate': t('programme.dateFormat'),
  'series.rule.until': t('programme.series.untilBeforeStart'),
  'series.rule.startTime': t('programme.timeFormat'),
  'series.meetingUrl': t('programme.urlFormat'),
});

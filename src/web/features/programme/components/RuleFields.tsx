import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { InputField } from '../../../components/form/InputField.tsx';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TimeZoneField } from '../../../components/form/TimeZoneField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSeriesPreview } from '../api/preview-series.ts';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { monthNames, WEEKDAYS, weekdayName } from './format.ts';
import { HolidayWarning } from './HolidayWarning.tsx';
import { describeRule, ORDINALS, type SeriesFormValues, seriesPayload } from './series-rule.ts';
import { TimingFields } from './TimingFields.tsx';

const Preview = styled.div`
  border-left: 4px solid ${tokens.highlight};
  padding: ${tokens.space.xs} ${tokens.space.m};
  margin-bottom: ${tokens.space.l};
  max-width: 48rem;
`;

interface RuleFieldsProps {
  values: SeriesFormValues;
  set: <K extends keyof SeriesFormValues>(key: K, value: SeriesFormValues[K]) => void;
  errors: FieldErrors;
}

/** Which day the meetings fall on: weekly, or the first (second …, last) weekday of the month. */
function DayFields({ values, set, errors }: RuleFieldsProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <RadioGroupField
        name="series.frequency"
        legend={t('programme.series.frequency')}
        value={values.frequency}
        onChange={(f) => set('frequency', f === 'weekly' ? 'weekly' : 'monthly')}
        options={[
          { value: 'monthly', label: t('programme.series.monthly') },
          { value: 'weekly', label: t('programme.series.weekly') },
        ]}
      />
      {values.frequency === 'monthly' && (
        <SelectField
          name="series.ordinal"
          label={t('programme.series.which')}
          value={values.ordinal}
          onChange={(o) => set('ordinal', ORDINALS.find((x) => x === o) ?? '1')}
          options={ORDINALS.map((o) => ({ value: o, label: t(`programme.series.ordinal.${o}`) }))}
          errors={errors}
        />
      )}
      <SelectField
        name="series.rule.rrule"
        label={t('programme.series.weekday')}
        value={values.weekday}
        onChange={(d) => set('weekday', WEEKDAYS.find((x) => x === d) ?? 'FR')}
        options={WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d, i18n.language) }))}
        errors={errors}
      />
    </>
  );
}

/** The first day of the series and, optionally, its last. */
function PeriodFields({ values, set, errors }: RuleFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        name="series.rule.startDate"
        type="date"
        label={t('programme.series.startDate')}
        hint={t('programme.series.startDateHint')}
        value={values.startDate}
        onChange={(v) => set('startDate', v)}
        errors={errors}
      />
      <InputField
        name="series.rule.until"
        type="date"
        label={t('programme.series.until')}
        hint={t('programme.series.untilHint')}
        value={values.until}
        onChange={(v) => set('until', v)}
        errors={errors}
      />
    </>
  );
}

/** The rule in words, and the public holidays its meetings would fall on, before saving. */
function RulePreview({ network, values }: { network: string; values: SeriesFormValues }) {
  const { t, i18n } = useTranslation();
  const preview = useSeriesPreview(network, seriesPayload(values).rule);
  return (
    <>
      <Preview data-testid="rule-preview">
        <Paragraph>{describeRule(values, t, i18n.language)}</Paragraph>
      </Preview>
      <div aria-live="polite">
        <HolidayWarning holidays={preview.data?.holidays ?? []} />
      </div>
    </>
  );
}

/** The controls that build a series' recurrence rule, and the rule in words and as an RRULE. */
export function RuleFields({ network, values, set, errors }: RuleFieldsProps & { network: string }) {
  const { t, i18n } = useTranslation();
  const months = monthNames(i18n.language);
  return (
    <>
      <DayFields values={values} set={set} errors={errors} />
      <PeriodFields values={values} set={set} errors={errors} />
      <TimingFields prefix="series.rule" values={values} set={set} errors={errors} />
      <TimeZoneField
        name="series.rule.timeZone"
        label={t('programme.series.timeZone')}
        value={values.timeZone}
        onChange={(v) => set('timeZone', v)}
        errors={errors}
      />
      <CheckboxGroup
        name="series.rule.exceptMonths"
        legend={t('programme.series.exceptMonths')}
        hint={t('programme.series.exceptMonthsHint')}
        options={months.map((label, i) => ({ value: i + 1, label }))}
        selected={values.exceptMonths}
        onChange={(m) => set('exceptMonths', m)}
        errors={errors}
      />
      <RulePreview network={network} values={values} />
    </>
  );
}

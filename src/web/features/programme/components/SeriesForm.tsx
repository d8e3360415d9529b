import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateSeriesSchema, type EventSummary } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useCreateSeries } from '../api/create-series.ts';
import { CreatedMeetings } from './CreatedMeetings.tsx';
import { RuleFields } from './RuleFields.tsx';
import { initialSeriesValues, type SeriesFormValues, seriesPayload } from './series-rule.ts';

const SeriesInput = scoped('series', CreateSeriesSchema).superRefine(({ series }, ctx) => {
  const { startDate, until } = series.rule;
  if (until && until < startDate)
    ctx.addIssue({ code: 'custom', path: ['series', 'rule', 'until'], message: '' });
});

/** Creates a recurring series of meetings from friendly controls that build its RRULE. */
export function SeriesForm({ network, timeZone }: { network: string; timeZone: string }) {
  const { t } = useTranslation();
  const form = useFormState();
  const create = useCreateSeries(network);
  const [values, setValues] = useState(() => initialSeriesValues(timeZone));
  const [created, setCreated] = useState<EventSummary[] | null>(null);
  const set = <K extends keyof SeriesFormValues>(key: K, value: SeriesFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const input = form.validate(
      SeriesInput,
      { series: seriesPayload(values) },
      {
        'series.rule.startDate': t('programme.dateFormat'),
        'series.rule.until': t('programme.series.untilBeforeStart'),
        'series.rule.startTime': t('programme.timeFormat'),
        'series.meetingUrl': t('programme.urlFormat'),
      },
    );
    if (!input) return;
    setCreated(null);
    try {
      const result = await create.mutateAsync(input.series);
      setCreated(result.events);
      setValues(initialSeriesValues(timeZone));
    } catch (error) {
      form.fail(scopedError(error, 'series'));
    }
  }

  return (
    <>
      <CreatedMeetings events={created} />
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="series-form">
        <FormAlert message={form.formError} />
        <TextField
          name="series.title"
          labelText={t('programme.series.titleLabel')}
          hintText={t('programme.series.titleHint')}
          value={values.title}
          onChange={(v) => set('title', v)}
          errors={form.errors}
          maxLength={maxLengthOf(CreateSeriesSchema, 'title')}
          required
        />
        <RuleFields values={values} set={set} errors={form.errors} />
        <TextField
          name="series.meetingUrl"
          type="url"
          labelText={t('programme.meetingUrl')}
          hintText={t('programme.meetingUrlHint')}
          optionalText={t('common.optional')}
          value={values.meetingUrl}
          onChange={(v) => set('meetingUrl', v)}
          errors={form.errors}
        />
        <SelectField
          name="series.status"
          label={t('programme.status')}
          value={values.status}
          onChange={(s) => set('status', s === 'draft' ? 'draft' : 'published')}
          options={(['published', 'draft'] as const).map((s) => ({
            value: s,
            label: t(`programme.eventStatus.${s}`),
          }))}
          errors={form.errors}
        />
        <ButtonRow>
          <SubmitButton pending={create.isPending}>{t('programme.series.submit')}</SubmitButton>
        </ButtonRow>
      </form>
    </>
  );
}

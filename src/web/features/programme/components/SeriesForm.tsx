import { useState } from 'react';
import { CreateSeriesSchema, type EventSummary } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useCreateSeries } from '../api/create-series.ts';
import { CreatedMeetings } from './CreatedMeetings.tsx';
import { EventStatusField } from './EventStatusField.tsx';
import { MeetingUrlField } from './MeetingUrlField.tsx';
import { RuleFields } from './RuleFields.tsx';
import { seriesRuleMessages } from './rule-messages.ts';
import { initialSeriesValues, type SeriesFormValues, seriesPayload } from './series-rule.ts';

const SeriesInput = scoped('series', CreateSeriesSchema).superRefine(({ series }, ctx) => {
  const { startDate, until } = series.rule;
  if (until && until < startDate)
    ctx.addIssue({ code: 'custom', path: ['series', 'rule', 'until'], message: '' });
});

/** A new series' meetings are published or drafts; only a meeting that exists can be cancelled. */
const SERIES_STATUSES = ['published', 'draft'] as const;

/** The series form's values, and its submit: the meetings created are shown, the form starts anew. */
function useSeriesForm(network: string, timeZone: string) {
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
    const input = form.validate(SeriesInput, { series: seriesPayload(values) }, seriesRuleMessages(t));
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

  return { form, pending: create.isPending, values, set, created, submit };
}

/** Creates a recurring series of meetings from friendly controls that build its RRULE. */
export function SeriesForm({ network, timeZone }: { network: string; timeZone: string }) {
  const { t } = useTranslation();
  const { form, pending, values, set, created, submit } = useSeriesForm(network, timeZone);
  return (
    <>
      <CreatedMeetings events={created} />
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="series-form">
        <FormAlert message={form.formError} />
        <LocalizedTextFields
          name="series.title"
          label={t('programme.series.titleLabel')}
          hint={`${t('programme.series.titleHint')} ${t('programme.titleHint')}`}
          value={values.title}
          onChange={(v) => set('title', v)}
          errors={form.errors}
          maxLength={maxLengthOf(CreateSeriesSchema, 'title.fi')}
        />
        <RuleFields network={network} values={values} set={set} errors={form.errors} />
        <MeetingUrlField
          name="series.meetingUrl"
          value={values.meetingUrl}
          onChange={(v) => set('meetingUrl', v)}
          errors={form.errors}
        />
        <EventStatusField
          name="series.status"
          statuses={SERIES_STATUSES}
          value={values.status}
          onChange={(status) => set('status', status)}
          errors={form.errors}
        />
        <ButtonRow>
          <SubmitButton pending={pending}>{t('programme.series.submit')}</SubmitButton>
        </ButtonRow>
      </form>
    </>
  );
}

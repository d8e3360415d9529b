import { useEffect, useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { SummarySchema } from '#shared/live.ts';
import { useRoom } from '../../../api/get-room.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSaveSummary } from '../api/save-summary.ts';
import { useRoomContext } from './room-context.ts';

/** The organisers' summary of the meeting, in Markdown with a preview; the event page shows it. */
export function SummaryEditor() {
  const { t } = useTranslation();
  const { network, event } = useRoomContext();
  const room = useRoom(network, event);
  const save = useSaveSummary(network, event);
  const form = useFormState();
  const [summary, setSummary] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const stored = room.data?.summary ?? '';

  // Start from the saved summary once it is known.
  useEffect(() => {
    if (summary === null && room.data) setSummary(room.data.summary ?? '');
  }, [summary, room.data]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    const input = form.validate(SummarySchema, { summary: summary ?? '' });
    if (!input) return;
    try {
      await save.mutateAsync(input.summary);
      setStatus(t('live.summary.saved'));
    } catch (error) {
      form.fail(error);
    }
  }

  const value = summary ?? stored;
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="summary-form">
      <Heading variant="h3" mb="xs">
        {t('live.summary.editTitle')}
      </Heading>
      <Paragraph mb="s">{t('live.summary.editText')}</Paragraph>
      {room.data?.summaryHtml && room.data.summary === undefined && (
        <Paragraph mb="s">{t('live.summary.replaces')}</Paragraph>
      )}
      <FormAlert message={form.formError} />
      <StatusMessage message={status} testId="summary-status" />
      <TextAreaField
        name="summary"
        labelText={t('live.summary.label')}
        hintText={t('live.summary.hint')}
        value={value}
        onChange={(text) => {
          setSummary(text);
          setStatus(null);
        }}
        errors={form.errors}
        rows={6}
      />
      <MarkdownPreview markdown={value} field={t('live.summary.label')} />
      <ButtonRow>
        <SubmitButton pending={save.isPending}>{t('live.summary.save')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

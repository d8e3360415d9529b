import { useTranslation } from 'react-i18next';
import type { EventStatus, Theme } from '#shared/events.ts';
import { CreateEventSchema } from '#shared/events.ts';
import { InputField } from '../../../components/form/InputField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField, TextField } from '../../../components/form/TextField.tsx';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import type { MeetingValues } from './meeting-values.ts';
import { SpeakersFields } from './SpeakersFields.tsx';

interface MeetingFieldsProps {
  /** Prefix of the field paths, unique on the page. */
  scope: string;
  values: MeetingValues;
  set: <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) => void;
  errors: FieldErrors;
  themes: Theme[];
  statuses: readonly EventStatus[];
  /** Hint for the date, e.g. why it cannot be changed now. */
  dateHint?: string;
  dateDisabled?: boolean;
}

/** The fields of one meeting, shared by adding a single meeting and editing one. */
export function MeetingFields(props: MeetingFieldsProps) {
  const { scope, values, set, errors, themes, statuses } = props;
  const { t } = useTranslation();
  const name = (field: string) => `${scope}.${field}`;
  return (
    <>
      <TextField
        name={name('title')}
        labelText={t('programme.meeting.title')}
        value={values.title}
        onChange={(v) => set('title', v)}
        errors={errors}
        maxLength={maxLengthOf(CreateEventSchema, 'title')}
        required
      />
      <SelectField
        name={name('themeId')}
        label={t('programme.meeting.theme')}
        value={values.themeId}
        onChange={(v) => set('themeId', v)}
        emptyOption={t('programme.meeting.noTheme')}
        options={themes.map((theme) => ({ value: theme.id, label: theme.title }))}
        errors={errors}
      />
      <InputField
        name={name('date')}
        type="date"
        label={t('programme.meeting.date')}
        hint={props.dateHint}
        value={values.date}
        onChange={(v) => set('date', v)}
        errors={errors}
        disabled={props.dateDisabled}
      />
      <InputField
        name={name('startTime')}
        type="time"
        label={t('programme.startTime')}
        value={values.startTime}
        onChange={(v) => set('startTime', v)}
        errors={errors}
      />
      <InputField
        name={name('durationMinutes')}
        type="number"
        min={5}
        label={t('programme.duration')}
        value={values.durationMinutes}
        onChange={(v) => set('durationMinutes', v)}
        errors={errors}
      />
      <TextAreaField
        name={name('introduction')}
        labelText={t('programme.meeting.introduction')}
        hintText={t('programme.markdownHint')}
        optionalText={t('common.optional')}
        value={values.introduction}
        onChange={(v) => set('introduction', v)}
        errors={errors}
        rows={6}
      />
      <MarkdownPreview markdown={values.introduction} field={t('programme.meeting.introduction')} />
      <SpeakersFields
        name={name('speakers')}
        speakers={values.speakers}
        onChange={(v) => set('speakers', v)}
        errors={errors}
      />
      <TextField
        name={name('meetingUrl')}
        type="url"
        labelText={t('programme.meetingUrl')}
        hintText={t('programme.meetingUrlHint')}
        optionalText={t('common.optional')}
        value={values.meetingUrl}
        onChange={(v) => set('meetingUrl', v)}
        errors={errors}
      />
      <TextField
        name={name('recordingUrl')}
        type="url"
        labelText={t('programme.meeting.recordingUrl')}
        optionalText={t('common.optional')}
        value={values.recordingUrl}
        onChange={(v) => set('recordingUrl', v)}
        errors={errors}
      />
      <TextAreaField
        name={name('notes')}
        labelText={t('programme.meeting.notes')}
        hintText={t('programme.markdownHint')}
        optionalText={t('common.optional')}
        value={values.notes}
        onChange={(v) => set('notes', v)}
        errors={errors}
      />
      <MarkdownPreview markdown={values.notes} field={t('programme.meeting.notes')} />
      <SelectField
        name={name('status')}
        label={t('programme.status')}
        value={values.status}
        onChange={(v) => set('status', statuses.find((s) => s === v) ?? values.status)}
        options={statuses.map((s) => ({ value: s, label: t(`programme.eventStatus.${s}`) }))}
        errors={errors}
      />
    </>
  );
}

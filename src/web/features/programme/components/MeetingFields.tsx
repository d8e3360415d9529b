import type { EventStatus, Theme } from '#shared/events.ts';
import { CreateEventSchema } from '#shared/events.ts';
import { InputField } from '../../../components/form/InputField.tsx';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { EventStatusField } from './EventStatusField.tsx';
import { MarkdownField } from './MarkdownField.tsx';
import { MeetingUrlField } from './MeetingUrlField.tsx';
import type { MeetingValues } from './meeting-values.ts';
import { SpeakersFields } from './SpeakersFields.tsx';
import { TimingFields } from './TimingFields.tsx';

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

/** What the meeting is called and the theme it belongs to. */
function TitleAndThemeFields({ scope, values, set, errors, themes }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <>
      <LocalizedTextFields
        name={`${scope}.title`}
        label={t('programme.meeting.title')}
        hint={t('programme.titleHint')}
        value={values.title}
        onChange={(v) => set('title', v)}
        errors={errors}
        maxLength={maxLengthOf(CreateEventSchema, 'title.fi')}
      />
      <SelectField
        name={`${scope}.themeId`}
        label={t('programme.meeting.theme')}
        value={values.themeId}
        onChange={(v) => set('themeId', v)}
        emptyOption={t('programme.meeting.noTheme')}
        options={themes.map((theme) => ({ value: theme.id, label: pick(theme.title).text }))}
        errors={errors}
      />
    </>
  );
}

/** The day, the start time and the length of the meeting. */
function WhenFields({ scope, values, set, errors, dateHint, dateDisabled }: MeetingFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        name={`${scope}.date`}
        type="date"
        label={t('programme.meeting.date')}
        hint={dateHint}
        value={values.date}
        onChange={(v) => set('date', v)}
        errors={errors}
        disabled={dateDisabled}
      />
      <TimingFields prefix={scope} values={values} set={set} errors={errors} />
    </>
  );
}

/** Where to join the meeting and where its recording is. */
function LinkFields({ scope, values, set, errors }: MeetingFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <MeetingUrlField
        name={`${scope}.meetingUrl`}
        value={values.meetingUrl}
        onChange={(v) => set('meetingUrl', v)}
        errors={errors}
      />
      <TextField
        name={`${scope}.recordingUrl`}
        type="url"
        labelText={t('programme.meeting.recordingUrl')}
        optionalText={t('common.optional')}
        value={values.recordingUrl}
        onChange={(v) => set('recordingUrl', v)}
        errors={errors}
      />
    </>
  );
}

/** The fields of one meeting, shared by adding a single meeting and editing one. */
export function MeetingFields(props: MeetingFieldsProps) {
  const { scope, values, set, errors, statuses } = props;
  const { t } = useTranslation();
  return (
    <>
      <TitleAndThemeFields {...props} />
      <WhenFields {...props} />
      <MarkdownField
        name={`${scope}.introduction`}
        label={t('programme.meeting.introduction')}
        value={values.introduction}
        onChange={(v) => set('introduction', v)}
        errors={errors}
        rows={6}
      />
      <SpeakersFields
        name={`${scope}.speakers`}
        speakers={values.speakers}
        onChange={(v) => set('speakers', v)}
        errors={errors}
      />
      <LinkFields {...props} />
      <MarkdownField
        name={`${scope}.notes`}
        label={t('programme.meeting.notes')}
        value={values.notes}
        onChange={(v) => set('notes', v)}
        errors={errors}
      />
      <EventStatusField
        name={`${scope}.status`}
        statuses={statuses}
        value={values.status}
        onChange={(status) => set('status', status)}
        errors={errors}
      />
    </>
  );
}

import { SurveyChangeInputSchema } from '#shared/survey-changes.ts';
import { useEvents } from '../../../../api/list-events.ts';
import { ChoiceLabel, FieldGroup } from '../../../../components/form/fieldStyles.ts';
import { InputField } from '../../../../components/form/InputField.tsx';
import { LocalizedTextFields } from '../../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { MarkdownPreview } from '../../../../components/MarkdownPreview.tsx';
import { useCalendarDate } from '../../../../lib/date-time.ts';
import { type FieldErrors, fieldId } from '../../../../lib/forms.ts';
import { maxLengthOf } from '../../../../lib/limits.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useSurveys } from '../../api/list-surveys.ts';
import { type ChangeValues, HELD } from './change-values.ts';

interface FieldsProps {
  network: string;
  scope: string;
  values: ChangeValues;
  onChange: (changes: Partial<ChangeValues>) => void;
  errors: FieldErrors;
}

/** Which feedback the change came from: a survey, and a meeting when it is the post-meeting survey. */
function SourceFields({ network, scope, values, onChange, errors }: FieldsProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const date = useCalendarDate();
  const surveys = useSurveys(network).data ?? [];
  const meetings = useEvents(network, HELD).data?.events ?? [];
  const chosen = surveys.find((survey) => survey.id === values.surveyId);
  return (
    <>
      <SelectField
        name={`${scope}.links.0.surveyId`}
        label={t('surveyChanges.editor.survey')}
        value={values.surveyId}
        onChange={(surveyId) => onChange({ surveyId, eventId: '', questionId: null })}
        emptyOption={t('surveyChanges.editor.noSurvey')}
        options={surveys.map((survey) => ({ value: survey.id, label: pick(survey.title).text }))}
        errors={errors}
      />
      {chosen?.kind === 'post-meeting' && (
        <SelectField
          name={`${scope}.links.0.eventId`}
          label={t('surveyChanges.editor.meeting')}
          hint={t('surveyChanges.editor.meetingHint')}
          value={values.eventId}
          onChange={(eventId) => onChange({ eventId })}
          emptyOption={t('surveyChanges.editor.anyMeeting')}
          options={meetings.map((m) => ({
            value: m.id,
            label: `${date(m.localDate)} – ${pick(m.title).text}`,
          }))}
          errors={errors}
        />
      )}
    </>
  );
}

/** A change's title, description, date, the feedback behind it, and whether the home page shows it. */
export function ChangeFields(props: FieldsProps) {
  const { t } = useTranslation();
  const { scope, values, onChange, errors } = props;
  return (
    <>
      <LocalizedTextFields
        name={`${scope}.title`}
        label={t('surveyChanges.editor.titleLabel')}
        hint={t('surveyChanges.editor.titleHint')}
        value={values.title}
        onChange={(title) => onChange({ title })}
        errors={errors}
        maxLength={maxLengthOf(SurveyChangeInputSchema, 'title.fi')}
      />
      <DescriptionField {...props} />
      <InputField
        name={`${scope}.decidedOn`}
        type="date"
        label={t('surveyChanges.editor.decidedOn')}
        value={values.decidedOn}
        onChange={(decidedOn) => onChange({ decidedOn })}
        errors={errors}
      />
      <SourceFields {...props} />
      <PublishedBox
        scope={scope}
        checked={values.published}
        onChange={(published) => onChange({ published })}
      />
    </>
  );
}

/** The description in Markdown, per language, each with its preview. */
function DescriptionField({ scope, values, onChange, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <LocalizedTextFields
      name={`${scope}.description`}
      label={t('surveyChanges.editor.description')}
      hint={t('programme.markdownHint')}
      value={values.description}
      onChange={(description) => onChange({ description })}
      errors={errors}
      multiline
      rows={4}
      optional
      below={(language, labelText) => (
        <MarkdownPreview markdown={values.description[language]} field={labelText} lang={language} />
      )}
    />
  );
}

function PublishedBox(props: { scope: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FieldGroup>
      <ChoiceLabel>
        <input
          id={fieldId(`${props.scope}.published`)}
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        {t('surveyChanges.editor.published')}
      </ChoiceLabel>
    </FieldGroup>
  );
}

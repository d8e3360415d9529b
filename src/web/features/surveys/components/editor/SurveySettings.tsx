import { Heading, InlineAlert } from 'suomifi-ui-components';
import { SURVEY_LIMITS, SurveyInputSchema } from '#shared/surveys.ts';
import { ChoiceRow, Hint } from '../../../../components/form/fieldStyles.ts';
import { InputField } from '../../../../components/form/InputField.tsx';
import { LocalizedTextFields } from '../../../../components/form/LocalizedTextFields.tsx';
import { type FieldErrors, fieldId } from '../../../../lib/forms.ts';
import { maxLengthOf } from '../../../../lib/limits.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { surveyField } from './editor-errors.ts';
import { ChoiceBlock } from './editor-styles.ts';
import type { Draft } from './editor-values.ts';

interface SettingsProps {
  draft: Draft;
  edit: (change: (d: Draft) => Draft) => void;
  errors: FieldErrors;
}

/** The survey's title, introduction, when it takes answers and whether they are anonymous. */
export function SurveySettings({ draft, edit, errors }: SettingsProps) {
  const { t } = useTranslation();
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      edit((d) => ({ ...d, [key]: value }));
  return (
    <>
      <Heading variant="h3" mb="m">
        {t('surveyEditor.settingsHeading')}
      </Heading>
      <LocalizedTextFields
        name={surveyField('title')}
        label={t('surveyEditor.title')}
        value={draft.title}
        onChange={set('title')}
        errors={errors}
        maxLength={maxLengthOf(SurveyInputSchema, 'title.fi')}
        folded
      />
      <LocalizedTextFields
        name={surveyField('intro')}
        label={t('surveyEditor.intro')}
        hint={t('surveyEditor.introHint')}
        value={draft.intro}
        onChange={set('intro')}
        errors={errors}
        multiline
        optional
      />
      {draft.kind === 'periodic' ? (
        <SurveyDates {...{ draft, edit, errors }} />
      ) : (
        <DaysOpen {...{ draft, edit, errors }} />
      )}
      <AnonymityField anonymous={draft.anonymous} onChange={set('anonymous')} />
    </>
  );
}

/** A periodic survey takes answers from its first day to its last. */
function SurveyDates({ draft, edit, errors }: SettingsProps) {
  const { t } = useTranslation();
  const date = (key: 'opensOn' | 'closesOn') => (
    <InputField
      name={surveyField(key)}
      type="date"
      label={t(`surveyEditor.${key}`)}
      hint={t(`surveyEditor.${key}Hint`)}
      value={draft[key]}
      onChange={(value) => edit((d) => ({ ...d, [key]: value }))}
      errors={errors}
    />
  );
  return (
    <>
      {date('opensOn')}
      {date('closesOn')}
    </>
  );
}

/** The post-meeting survey opens as each meeting starts and stays open some days after it ends. */
function DaysOpen({ draft, edit, errors }: SettingsProps) {
  const { t } = useTranslation();
  const { min, max } = SURVEY_LIMITS.closeAfterDays;
  return (
    <InputField
      name={surveyField('closeAfterDays')}
      type="number"
      min={min}
      label={t('surveyEditor.closeAfterDays')}
      hint={t('surveyEditor.closeAfterDaysHint', { min, max })}
      value={draft.closeAfterDays}
      onChange={(value) => edit((d) => ({ ...d, closeAfterDays: value }))}
      errors={errors}
    />
  );
}

/** Anonymous unless the organisers choose otherwise; then the form tells respondents so. */
function AnonymityField({ anonymous, onChange }: { anonymous: boolean; onChange: (value: boolean) => void }) {
  const { t } = useTranslation();
  const id = fieldId(surveyField('anonymous'));
  return (
    <ChoiceBlock>
      <ChoiceRow>
        <input
          type="checkbox"
          id={id}
          checked={anonymous}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{t('surveyEditor.anonymous')}</label>
      </ChoiceRow>
      <Hint id={`${id}-hint`}>{t('surveyEditor.anonymousHint')}</Hint>
      <div aria-live="polite">
        {!anonymous && (
          <InlineAlert status="warning" mt="s" data-testid="not-anonymous-warning">
            {t('surveyEditor.notAnonymousWarning')}
          </InlineAlert>
        )}
      </div>
    </ChoiceBlock>
  );
}

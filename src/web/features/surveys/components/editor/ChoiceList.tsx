import { Button } from 'suomifi-ui-components';
import { SURVEY_LIMITS } from '#shared/surveys.ts';
import { ErrorText, Fieldset, Hint } from '../../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../../components/form/LocalizedTextFields.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { choiceField, questionField } from './editor-errors.ts';
import { ChoiceItem, PlainList } from './editor-styles.ts';
import type { Choice } from './editor-values.ts';
import { MoveButtons } from './MoveButtons.tsx';
import type { QuestionProps } from './question-props.ts';

/** A choice question's options, or a matrix's statements (rows): at least two, each in three languages. */
export function ChoiceList(props: QuestionProps) {
  const { question, actions, errors } = props;
  const { t } = useTranslation();
  const rows = question.type === 'likert-matrix';
  const max = rows ? SURVEY_LIMITS.matrixRows : SURVEY_LIMITS.options;
  const field = questionField(question.id, 'choices');
  const error = errors[field];
  const full = question.choices.length >= max;
  return (
    <Fieldset id={fieldId(field)} aria-describedby={error ? `${fieldId(field)}-error` : undefined}>
      <legend>{t(rows ? 'surveyEditor.rows' : 'surveyEditor.options')}</legend>
      {rows && <Hint>{t('surveyEditor.rowsHint')}</Hint>}
      <PlainList>
        {question.choices.map((choice, index) => (
          <ChoiceRowItem key={choice.id} {...props} choice={choice} choiceIndex={index} />
        ))}
      </PlainList>
      {error && <ErrorText id={`${fieldId(field)}-error`}>{error}</ErrorText>}
      {full && <Hint>{t('surveyEditor.choicesLimit', { max })}</Hint>}
      <Button
        variant="secondary"
        id={fieldId(questionField(question.id, 'add-choice'))}
        aria-disabled={full}
        onClick={() => actions.addChoice(question.id)}
      >
        {t(rows ? 'surveyEditor.addRow' : 'surveyEditor.addOption')}
      </Button>
    </Fieldset>
  );
}

/** One option or statement: its texts, and moving or removing it (while more than two are left). */
function ChoiceRowItem({
  question,
  index,
  actions,
  errors,
  choice,
  choiceIndex,
}: QuestionProps & { choice: Choice; choiceIndex: number }) {
  const { t } = useTranslation();
  const rows = question.type === 'likert-matrix';
  const label = t(rows ? 'surveyEditor.row' : 'surveyEditor.option', { number: choiceIndex + 1 });
  const name = t(rows ? 'surveyEditor.rowName' : 'surveyEditor.optionName', {
    number: choiceIndex + 1,
    question: index + 1,
  });
  return (
    <ChoiceItem>
      <LocalizedTextFields
        name={choiceField(question.id, choice.id)}
        label={label}
        value={choice.text}
        onChange={(text) => actions.editChoice(question.id, choice.id, text)}
        errors={errors}
        maxLength={SURVEY_LIMITS.optionChars}
        folded
      />
      <MoveButtons
        field={choiceField(question.id, choice.id, 'choice')}
        name={name}
        first={choiceIndex === 0}
        last={choiceIndex === question.choices.length - 1}
        onMove={(by) => actions.moveChoice(question.id, choice.id, by)}
        onRemove={() => actions.removeChoice(question.id, choice.id)}
        removeDisabled={question.choices.length <= 2}
      />
    </ChoiceItem>
  );
}

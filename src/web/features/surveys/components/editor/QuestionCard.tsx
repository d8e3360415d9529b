import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { QUESTION_TYPES, SURVEY_LIMITS } from '#shared/surveys.ts';
import { Hint } from '../../../../components/form/fieldStyles.ts';
import { InputField } from '../../../../components/form/InputField.tsx';
import { LocalizedTextFields } from '../../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { compactText, fieldId } from '../../../../lib/forms.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { ChoiceList } from './ChoiceList.tsx';
import { ConditionField } from './ConditionField.tsx';
import { questionField } from './editor-errors.ts';
import { QuestionCard as Card, CardBody, CardHeader, CheckboxField, CoreTag, Note } from './editor-styles.ts';
import { type DraftQuestion, hasChoices } from './editor-values.ts';
import { MoveButtons } from './MoveButtons.tsx';
import type { QuestionProps } from './question-props.ts';
import { questionHeadingId } from './use-survey-draft.ts';

type CardProps = QuestionProps & { open: boolean; onToggle: () => void };

/**
 * One question: its heading, what it asks and its buttons; opened, its type, texts, whether it
 * must be answered, its choices and its condition. Closed cards keep a long survey easy to scan.
 */
export function QuestionCard(props: CardProps) {
  const { question, open } = props;
  const bodyId = fieldId(questionField(question.id, 'fields'));
  return (
    <Card
      $core={question.core !== undefined}
      aria-labelledby={questionHeadingId(question.id)}
      data-testid="survey-question"
    >
      <QuestionHeader {...props} />
      <QuestionSummary {...props} />
      <QuestionButtons {...props} bodyId={bodyId} />
      {open && (
        <CardBody id={bodyId}>
          <TypeField {...props} />
          <QuestionTexts {...props} />
          <RequiredField {...props} />
          {hasChoices(props.question.type) && <ChoiceList {...props} />}
          {props.question.type === 'multiple' && <MaxChoicesField {...props} />}
          <ConditionField {...props} />
        </CardBody>
      )}
    </Card>
  );
}

function QuestionHeader({ question, index }: QuestionProps) {
  const { t } = useTranslation();
  const type = t(`surveyEditor.types.${question.type}`);
  return (
    <CardHeader>
      <Heading variant="h4" id={questionHeadingId(question.id)} tabIndex={-1}>
        {t('surveyEditor.questionHeading', { number: index + 1, type })}
      </Heading>
      {question.core && <CoreTag>{t('surveyEditor.core')}</CoreTag>}
    </CardHeader>
  );
}

/** What the question asks, whether it must be answered, and when it is shown. */
function QuestionSummary({ question, questions }: QuestionProps) {
  const { t } = useTranslation();
  const text = useLocalized()(compactText(question.text));
  const source = questions.findIndex((q) => q.id === question.showIf?.question);
  const notes = [
    question.required ? t('surveyEditor.summaryRequired') : null,
    source >= 0 ? t('surveyEditor.summaryCondition', { number: source + 1 }) : null,
  ].filter(Boolean);
  return (
    <>
      <Paragraph mb="xs" lang={text.lang}>
        {text.text || t('surveyEditor.untitled')}
      </Paragraph>
      {notes.length > 0 && <Hint>{notes.join(' · ')}</Hint>}
    </>
  );
}

/** Opening the card, moving it and removing it (a core item stays). */
function QuestionButtons({
  question,
  index,
  questions,
  actions,
  open,
  onToggle,
  bodyId,
}: CardProps & { bodyId: string }) {
  const { t } = useTranslation();
  const name = t('surveyEditor.questionName', { number: index + 1 });
  return (
    <MoveButtons
      field={questionField(question.id, 'question')}
      name={name}
      first={index === 0}
      last={index === questions.length - 1}
      onMove={(by) => actions.moveQuestion(question.id, by)}
      onRemove={question.core ? undefined : () => actions.removeQuestion(question.id)}
    >
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={open ? bodyId : undefined}
        aria-label={t(open ? 'surveyEditor.closeNamed' : 'surveyEditor.editNamed', { name })}
        onClick={onToggle}
      >
        {open ? t('surveyEditor.close') : t('surveyEditor.edit')}
      </Button>
    </MoveButtons>
  );
}

/** The type, chosen from all of them unless it is fixed: a core item's, or one already answered. */
function TypeField({ question, actions, errors }: QuestionProps) {
  const { t } = useTranslation();
  const type = t(`surveyEditor.types.${question.type}`);
  if (question.typeLocked) {
    return (
      <Note>{t(question.core ? 'surveyEditor.typeLockedCore' : 'surveyEditor.typeLocked', { type })}</Note>
    );
  }
  return (
    <SelectField
      name={questionField(question.id, 'type')}
      label={t('surveyEditor.type')}
      hint={t(`surveyEditor.typeHints.${question.type}`)}
      value={question.type}
      onChange={(value) =>
        actions.setType(question.id, QUESTION_TYPES.find((q) => q === value) ?? question.type)
      }
      options={QUESTION_TYPES.map((value) => ({ value, label: t(`surveyEditor.types.${value}`) }))}
      errors={errors}
    />
  );
}

/** The question's text and its help, each in three languages. */
function QuestionTexts({ question, actions, errors }: QuestionProps) {
  const { t } = useTranslation();
  const edit = (key: 'text' | 'help') => (value: DraftQuestion['text']) =>
    actions.editQuestion(question.id, (q) => ({ ...q, [key]: value }));
  return (
    <>
      <LocalizedTextFields
        name={questionField(question.id, 'text')}
        label={t('surveyEditor.text')}
        value={question.text}
        onChange={edit('text')}
        errors={errors}
        maxLength={SURVEY_LIMITS.questionChars}
        folded
      />
      <LocalizedTextFields
        name={questionField(question.id, 'help')}
        label={t('surveyEditor.help')}
        hint={t('surveyEditor.helpHint')}
        value={question.help}
        onChange={edit('help')}
        errors={errors}
        maxLength={SURVEY_LIMITS.helpChars}
        folded
        optional
      />
    </>
  );
}

function RequiredField({ question, actions }: QuestionProps) {
  const { t } = useTranslation();
  const id = fieldId(questionField(question.id, 'required'));
  return (
    <CheckboxField>
      <input
        type="checkbox"
        id={id}
        checked={question.required}
        onChange={(event) =>
          actions.editQuestion(question.id, (q) => ({ ...q, required: event.target.checked }))
        }
      />
      <label htmlFor={id}>{t('surveyEditor.required')}</label>
    </CheckboxField>
  );
}

/** At most how many options a multiple-choice answer may pick (every option when left empty). */
function MaxChoicesField({ question, actions, errors }: QuestionProps) {
  const { t } = useTranslation();
  return (
    <InputField
      name={questionField(question.id, 'maxChoices')}
      type="number"
      min={1}
      label={`${t('surveyEditor.maxChoices')} (${t('common.optional')})`}
      hint={t('surveyEditor.maxChoicesHint')}
      value={question.maxChoices}
      onChange={(maxChoices) => actions.editQuestion(question.id, (q) => ({ ...q, maxChoices }))}
      errors={errors}
    />
  );
}

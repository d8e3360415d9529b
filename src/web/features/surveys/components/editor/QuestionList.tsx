import { useState } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { QUESTION_TYPES, type QuestionType, SURVEY_LIMITS } from '#shared/surveys.ts';
import { ErrorText, Hint } from '../../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { StatusMessage } from '../../../../components/StatusMessage.tsx';
import { type FieldErrors, fieldId } from '../../../../lib/forms.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { surveyField } from './editor-errors.ts';
import { AddPanel, PlainList } from './editor-styles.ts';
import type { Draft } from './editor-values.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { type DraftState, type EditorActions, NEW_TYPE_FIELD } from './use-survey-draft.ts';

interface QuestionListProps {
  draft: Draft;
  actions: EditorActions;
  errors: FieldErrors;
  /** What the last change to the questions did besides itself (a condition dropped…). */
  notice: string | null;
  cards: DraftState['cards'];
}

/** The survey's questions in their order, and adding one. */
export function QuestionList({ draft, actions, errors, notice, cards }: QuestionListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="survey-questions-heading">
      <Heading variant="h3" id="survey-questions-heading" mb="m">
        {t('surveyEditor.questionsHeading')}
      </Heading>
      <PlainList>
        {draft.questions.map((question, index) => (
          <QuestionCard
            key={question.id}
            question={question}
            index={index}
            questions={draft.questions}
            actions={actions}
            errors={errors}
            open={cards.open.has(question.id)}
            onToggle={() => cards.toggle(question.id)}
          />
        ))}
      </PlainList>
      <StatusMessage message={notice} testId="survey-editor-notice" />
      <AddQuestion count={draft.questions.length} onAdd={actions.addQuestion} errors={errors} />
    </section>
  );
}

/** A type to choose, and the button that adds a question of it at the end. */
function AddQuestion({
  count,
  onAdd,
  errors,
}: {
  count: number;
  onAdd: (type: QuestionType) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<QuestionType>('single');
  const full = count >= SURVEY_LIMITS.questions;
  const errorId = fieldId(surveyField('questions'));
  return (
    <AddPanel>
      <SelectField
        name={NEW_TYPE_FIELD}
        label={t('surveyEditor.newType')}
        hint={t(`surveyEditor.typeHints.${type}`)}
        value={type}
        onChange={(value) => setType(QUESTION_TYPES.find((q) => q === value) ?? 'single')}
        options={QUESTION_TYPES.map((value) => ({ value, label: t(`surveyEditor.types.${value}`) }))}
        errors={errors}
      />
      {full && <Hint>{t('surveyEditor.questionsLimit', { max: SURVEY_LIMITS.questions })}</Hint>}
      <Button variant="secondary" aria-disabled={full} onClick={() => onAdd(type)}>
        {t('surveyEditor.addQuestion')}
      </Button>
      {errors[surveyField('questions')] && (
        <ErrorText id={errorId}>{errors[surveyField('questions')]}</ErrorText>
      )}
    </AddPanel>
  );
}

import type { ReactNode } from 'react';
import type { Question } from '#shared/surveys.ts';
import { ErrorText, Fieldset, Hint } from '../../../../components/form/fieldStyles.ts';
import { Localized } from '../../../../components/Localized.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { ConditionNote, QuestionBlock, Required } from './answer-styles.ts';
import { fieldName } from './answer-values.ts';

/** What a question's controls need to say they are invalid and why (the error's id). */
export type Invalid = { 'aria-invalid'?: true; errorId?: string };

/** The invalid state of the field `name`, from the form's errors. */
export function invalidOf(errors: Record<string, string>, name: string): Invalid {
  return errors[name] ? { 'aria-invalid': true, errorId: `${fieldId(name)}-error` } : {};
}

/** Ids joined for aria-describedby, or undefined when there are none. */
export const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

interface QuestionFrameProps {
  question: Question;
  number: number;
  /** What the question's type asks of the answer (how many choices). */
  hint: string | null;
  /** When to answer a conditional question, shown while every question is (without JavaScript). */
  note: string | null;
  error: string | undefined;
  children: ReactNode;
}

/**
 * A question as a fieldset: its number and text as the legend (marked when required), then its
 * help, what its type asks, its condition and its error, then its controls. All but the error
 * describe the group; the error describes each control, so it is read with the one focused.
 */
export function QuestionFrame({ question, number, hint, note, error, children }: QuestionFrameProps) {
  const { t } = useTranslation();
  const id = fieldId(fieldName(question));
  const help = useLocalized()(question.help ?? {}).text ? `${id}-help` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  return (
    <QuestionBlock $invalid={Boolean(error)}>
      <Fieldset id={id} aria-describedby={describedBy(help, hintId, noteId)} data-testid="survey-question">
        <legend>
          {/* One text node each: Preact would not split the server's one while hydrating. */}
          {`${number}. `}
          <Localized text={question.text} />
          {question.required && <Required>{` (${t('surveyForm.requiredMark')})`}</Required>}
        </legend>
        {help && (
          <Hint id={help}>
            <Localized text={question.help} />
          </Hint>
        )}
        {hint && <Hint id={hintId}>{hint}</Hint>}
        {note && <ConditionNote id={noteId}>{note}</ConditionNote>}
        {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
        {children}
      </Fieldset>
    </QuestionBlock>
  );
}

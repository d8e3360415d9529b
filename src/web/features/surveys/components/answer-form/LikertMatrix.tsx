import type { Question } from '#shared/surveys.ts';
import { ErrorText } from '../../../../components/form/fieldStyles.ts';
import { Localized } from '../../../../components/Localized.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { RowFieldset } from './answer-styles.ts';
import { type AnswerProps, type FieldValue, fieldName, rowFieldName } from './answer-values.ts';
import { Choices, useLikertOptions } from './Choices.tsx';
import { invalidOf } from './QuestionFrame.tsx';

type Rows = Record<string, string>;
const rowsOf = (value: FieldValue | undefined): Rows =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : {};

/**
 * A Likert matrix as a group of its rows, each row a group of its own with the same scale: not a
 * grid table, which screen readers read poorly (formbricks#3828, surveyjs#7273).
 */
export function LikertMatrix({
  question,
  value,
  onChange,
  errors,
}: AnswerProps<Extract<Question, { type: 'likert-matrix' }>>) {
  const options = useLikertOptions();
  const rows = rowsOf(value);
  return (
    <>
      {question.rows.map((row) => {
        const name = rowFieldName(question, row);
        const error = errors[name];
        return (
          <RowFieldset key={row.id} id={fieldId(name)}>
            <legend>
              <Localized text={row.text} />
            </legend>
            {error && <ErrorText id={`${fieldId(name)}-error`}>{error}</ErrorText>}
            <Choices
              type="radio"
              name={name}
              options={options}
              chosen={[rows[row.id] ?? '']}
              onChange={([point = '']) => onChange({ ...rows, [row.id]: point })}
              // A row's own error, else the question's (a required matrix left empty).
              invalid={invalidOf(errors, error ? name : fieldName(question))}
              scale
            />
          </RowFieldset>
        );
      })}
    </>
  );
}

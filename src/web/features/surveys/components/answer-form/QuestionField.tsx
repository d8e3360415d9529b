import { NPS_POINTS, RATING_POINTS } from '#shared/survey-answers.ts';
import type { Question } from '#shared/surveys.ts';
import { Localized } from '../../../../components/Localized.tsx';
import { useTranslation } from '../../../../lib/translation.tsx';
import { type AnswerProps, type FieldValue, fieldName } from './answer-values.ts';
import { Choices, useLikertOptions } from './Choices.tsx';
import { LikertMatrix } from './LikertMatrix.tsx';
import { PointScale } from './PointScale.tsx';
import { type Invalid, invalidOf, QuestionFrame } from './QuestionFrame.tsx';
import { TextAnswer } from './TextAnswer.tsx';

const one = (value: FieldValue | undefined) => (typeof value === 'string' ? value : '');
const many = (value: FieldValue | undefined) => (Array.isArray(value) ? value : []);
type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

/** How many a multiple choice takes, when it says. */
function useChoicesHint(question: Question): string | null {
  const { t } = useTranslation();
  if (question.type !== 'multiple') return null;
  const max = question.maxChoices ?? question.options.length;
  return max < question.options.length
    ? t('surveyForm.multiple.max', { count: max })
    : t('surveyForm.multiple.any');
}

/** A question of any type, numbered, in its fieldset. */
export function QuestionField(props: AnswerProps & { number: number; note: string | null }) {
  const { question, number, note, errors } = props;
  const hint = useChoicesHint(question);
  return (
    <QuestionFrame
      question={question}
      number={number}
      hint={hint}
      note={note}
      error={errors[fieldName(question)]}
    >
      <Answer {...props} />
    </QuestionFrame>
  );
}

/** The controls of a question, by its type. */
function Answer({ question, value, onChange, errors }: AnswerProps) {
  const { t } = useTranslation();
  const likert = useLikertOptions();
  const name = fieldName(question);
  const invalid = invalidOf(errors, name);
  const scale = { name, value: one(value), onChange, invalid };
  const ends = (type: 'nps' | 'rating') => ({
    low: t(`surveyForm.${type}.low`),
    high: t(`surveyForm.${type}.high`),
  });
  switch (question.type) {
    case 'nps':
      return <PointScale {...scale} points={NPS_POINTS} {...ends('nps')} />;
    case 'rating':
      return <PointScale {...scale} points={RATING_POINTS} {...ends('rating')} />;
    case 'likert':
      return <Choices type="radio" {...oneOf(scale)} options={likert} scale />;
    case 'likert-matrix':
      return <LikertMatrix question={question} value={value} onChange={onChange} errors={errors} />;
    case 'text':
      return <TextAnswer {...scale} />;
    default:
      return <OptionAnswer question={question} value={value} onChange={onChange} errors={errors} />;
  }
}

type Scale = { name: string; value: string; onChange: (value: string) => void; invalid: Invalid };

/** A radio group's props for `Choices`, which chooses lists. */
const oneOf = ({ value, onChange, ...rest }: Scale) => ({
  ...rest,
  chosen: [value],
  onChange: ([chosen = '']: string[]) => onChange(chosen),
});

/** A single choice's radio buttons, a multiple choice's checkboxes. */
function OptionAnswer({ question, value, onChange, errors }: AnswerProps<ChoiceQuestion>) {
  const name = fieldName(question);
  const options = question.options.map((o) => ({ value: o.id, label: <Localized text={o.text} /> }));
  const invalid = invalidOf(errors, name);
  if (question.type === 'single') {
    const single = oneOf({ name, value: one(value), onChange, invalid });
    return <Choices type="radio" {...single} options={options} />;
  }
  return (
    <Choices
      type="checkbox"
      name={name}
      invalid={invalid}
      options={options}
      chosen={many(value)}
      onChange={onChange}
    />
  );
}

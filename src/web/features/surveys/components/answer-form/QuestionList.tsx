import { useEffect, useRef, useState } from 'react';
import type { Question } from '#shared/surveys.ts';
import { VisuallyHiddenText } from '../../../../components/VisuallyHiddenText.tsx';
import type { FieldErrors } from '../../../../lib/forms.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { useHydrated } from '../../../../lib/render-time.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { type FieldValue, shownQuestions, type Values } from './answer-values.ts';
import { useConditionNote } from './condition-note.ts';
import { QuestionField } from './QuestionField.tsx';

interface QuestionListProps {
  questions: Question[];
  values: Values;
  onChange: (question: Question, value: FieldValue) => void;
  errors: FieldErrors;
}

/**
 * The questions, numbered as shown. Once the app runs, a conditional question is shown only while
 * its condition holds; before (and without JavaScript) every question is, the conditional ones
 * saying when to answer them, and the server drops what their conditions hide.
 */
export function QuestionList({ questions, values, onChange, errors }: QuestionListProps) {
  const live = useHydrated();
  const noteOf = useConditionNote(questions);
  const shown = live ? shownQuestions(questions, values) : questions;
  return (
    <>
      {shown.map((question, index) => (
        <QuestionField
          key={question.id}
          question={question}
          number={index + 1}
          note={live ? null : noteOf(question)}
          value={values[question.id]}
          onChange={(value) => onChange(question, value)}
          errors={errors}
        />
      ))}
      <AppearedQuestion shown={shown} />
    </>
  );
}

/** Says a question that appeared after an answer, since it appears elsewhere than the focus. */
function AppearedQuestion({ shown }: { shown: Question[] }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const [appearedId, setAppearedId] = useState<string | null>(null);
  const before = useRef<string[] | null>(null);
  const ids = shown.map((question) => question.id).join(' ');
  useEffect(() => {
    const now = ids.split(' ');
    const appeared = now.find((id) => before.current && !before.current.includes(id));
    before.current = now;
    if (appeared) setAppearedId(appeared);
  }, [ids]);
  const appeared = shown.find((question) => question.id === appearedId);
  const message = appeared ? t('surveyForm.conditionShown', { question: pick(appeared.text).text }) : '';
  return <VisuallyHiddenText role="status">{message}</VisuallyHiddenText>;
}

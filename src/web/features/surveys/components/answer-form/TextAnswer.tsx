import { useEffect, useState } from 'react';
import { styled } from 'styled-components';
import { SURVEY_LIMITS } from '#shared/survey-answers.ts';
import { controlStyles } from '../../../../components/form/fieldStyles.ts';
import { VisuallyHiddenText } from '../../../../components/VisuallyHiddenText.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { useHydrated } from '../../../../lib/render-time.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { describedBy, type Invalid } from './QuestionFrame.tsx';

const Area = styled.textarea`
  ${controlStyles}
  display: block;
  width: 100%;
  min-height: 6.5rem;
  resize: vertical;

  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

const Count = styled.p<{ $over: boolean }>`
  ${({ $over }) => ($over ? tokens.type.label : tokens.type.bodySmall)}
  color: ${({ $over }) => ($over ? tokens.error : tokens.text)};
  margin: ${tokens.space.xxs} 0 0;
`;

/** How long a pause in typing is before a screen reader hears how much is left. */
const QUIET_MS = 1000;

/** `text` once typing in the answer pauses, not at every key, nor before anything is typed. */
function useQuietly(text: string, answer: string): string {
  const [quiet, setQuiet] = useState('');
  const [first] = useState(answer);
  const typed = answer !== first;
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => setQuiet(text), QUIET_MS);
    return () => clearTimeout(timer);
  }, [text, typed]);
  return quiet;
}

/**
 * A text answer. The limit is not enforced as the reader types or pastes (that would cut text off
 * unseen): the count below says how much is left, or how much is too much, and the server refuses
 * an answer over the limit. Without JavaScript the count is the limit.
 */
export function TextAnswer(props: {
  name: string;
  value: string;
  onChange: (v: string) => void;
  invalid: Invalid;
}) {
  const { name, value, onChange, invalid } = props;
  const { t } = useTranslation();
  // The question's fieldset has the field's own id.
  const id = `${fieldId(name)}-answer`;
  const left = SURVEY_LIMITS.answerChars - value.length;
  const count = useHydrated()
    ? t(left < 0 ? 'surveyForm.text.over' : 'surveyForm.text.left', { count: Math.abs(left) })
    : t('surveyForm.text.limit', { limit: SURVEY_LIMITS.answerChars });
  const heard = useQuietly(count, value);
  return (
    <>
      <VisuallyHiddenText as="label" htmlFor={id}>
        {t('surveyForm.yourAnswer')}
      </VisuallyHiddenText>
      <Area
        id={id}
        name={name}
        rows={4}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid['aria-invalid']}
        aria-describedby={describedBy(`${id}-count`, invalid.errorId)}
      />
      <Count id={`${id}-count`} $over={left < 0}>
        {count}
      </Count>
      <VisuallyHiddenText aria-live="polite">{heard}</VisuallyHiddenText>
    </>
  );
}

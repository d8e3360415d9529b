import type { ReactNode } from 'react';
import { CANT_SAY, LIKERT_POINTS } from '#shared/survey-answers.ts';
import { fieldId } from '../../../../lib/forms.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { Choice, ChoiceList, Scale } from './answer-styles.ts';
import type { Invalid } from './QuestionFrame.tsx';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
}

interface ChoicesProps {
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly ChoiceOption[];
  /** The chosen values: one for radio buttons, any for checkboxes. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  invalid: Invalid;
  /** A Likert scale's layout: side by side on a wide screen. */
  scale?: boolean;
}

/** Native radio buttons or checkboxes, each before its label. */
export function Choices({ type, name, options, chosen, onChange, invalid, scale }: ChoicesProps) {
  const id = fieldId(name);
  const List = scale ? Scale : ChoiceList;
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') return onChange([value]);
    // In the options' order, whichever order they were ticked in.
    const next = new Set(chosen);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <List>
      {options.map((option, index) => (
        <Choice key={option.value} htmlFor={`${id}-${index}`}>
          <input
            id={`${id}-${index}`}
            type={type}
            name={name}
            value={option.value}
            checked={chosen.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            aria-invalid={invalid['aria-invalid']}
            aria-describedby={invalid.errorId}
          />
          {option.label}
        </Choice>
      ))}
    </List>
  );
}

/** The five points of agreement and "can't say", in the reader's language. */
export function useLikertOptions(): ChoiceOption[] {
  const { t } = useTranslation();
  return [
    ...LIKERT_POINTS.map((point) => ({
      value: String(point),
      label: <span>{t(`surveyForm.likert.${String(point) as '1'}`)}</span>,
    })),
    { value: CANT_SAY, label: <span>{t('surveyForm.likert.cantSay')}</span> },
  ];
}

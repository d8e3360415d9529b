import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { ChoiceRow, ErrorText, Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { tokens } from '../../../lib/theme.ts';

const Options = styled.div`
  display: grid;
  gap: ${tokens.space.xs};
`;

const Description = styled.span`
  display: block;
  ${tokens.type.bodySmall}
`;

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  /** A line under the label. */
  description?: ReactNode;
}

interface CheckboxListProps {
  /** Field path, as in the server's error `fields`. */
  name: string;
  legend: string;
  hint?: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  errors: FieldErrors;
}

/**
 * Native checkboxes in a fieldset, one under another, each with an optional description. After a
 * failed submit the boxes are marked invalid and described by the error, so that focus lands on
 * the first one and the error is read out with it.
 */
export function CheckboxList({ name, legend, hint, options, selected, onChange, errors }: CheckboxListProps) {
  const id = fieldId(name);
  const error = errors[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Fieldset id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      <Options>
        {options.map((option, index) => {
          const descriptionId = option.description ? `${id}-${index}-description` : undefined;
          return (
            <ChoiceRow key={option.value}>
              <input
                id={`${id}-${index}`}
                type="checkbox"
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? options.map((o) => o.value).filter((v) => v === option.value || selected.includes(v))
                      : selected.filter((v) => v !== option.value),
                  )
                }
              />
              <div>
                <label htmlFor={`${id}-${index}`}>{option.label}</label>
                {option.description && <Description id={descriptionId}>{option.description}</Description>}
              </div>
            </ChoiceRow>
          );
        })}
      </Options>
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
    </Fieldset>
  );
}

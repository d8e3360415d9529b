import { styled } from 'styled-components';
import { fieldId } from '../../lib/forms.ts';
import { tokens } from '../../lib/theme.ts';
import { Fieldset, Hint } from './fieldStyles.ts';

export interface RadioOption {
  value: string;
  label: string;
  /** Language of the label, when it differs from the page's. */
  lang?: string;
}

interface RadioGroupFieldProps {
  name: string;
  legend: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly RadioOption[];
}

const Option = styled.label`
  display: flex;
  align-items: center;
  gap: ${tokens.space.xs};
  ${tokens.type.body}
  color: ${tokens.text};
  margin-bottom: ${tokens.space.xs};
  cursor: pointer;

  input {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: ${tokens.highlight};
  }
  input:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

/** Native radio buttons in a fieldset, styled like the Suomi.fi ones. */
export function RadioGroupField({ name, legend, hint, value, onChange, options }: RadioGroupFieldProps) {
  const id = fieldId(name);
  return (
    <Fieldset aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {options.map((option) => (
        <Option key={option.value} lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </Option>
      ))}
    </Fieldset>
  );
}

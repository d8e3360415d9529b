import { styled } from 'styled-components';
import { fieldId } from '../../lib/forms.ts';
import { tokens } from '../../lib/theme.ts';
import { ChoiceLabel, Fieldset, Hint } from './fieldStyles.ts';

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

const Option = styled(ChoiceLabel)`
  margin-bottom: ${tokens.space.xs};
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

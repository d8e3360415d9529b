import { styled } from 'styled-components';
import type { FieldErrors } from '../../lib/forms.ts';
import { controlStyles } from './fieldStyles.ts';
import { NativeField } from './NativeField.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of an empty first option; without it there is none. */
  emptyOption?: string;
  errors: FieldErrors;
  disabled?: boolean;
}

const Select = styled.select`
  ${controlStyles}
  display: block;
  width: 100%;
  max-width: 40rem;
`;

/**
 * A native select styled like the Suomi.fi inputs: it works with every keyboard, screen reader
 * and test tool as it is.
 */
export function SelectField({
  name,
  label,
  hint,
  value,
  onChange,
  options,
  emptyOption,
  errors,
  disabled,
}: SelectFieldProps) {
  return (
    <NativeField name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <Select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
        >
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </NativeField>
  );
}

import { styled } from 'styled-components';
import { type FieldErrors, fieldId } from '../../lib/forms.ts';
import { controlStyles, ErrorText, FieldGroup, FieldLabel, Hint } from './fieldStyles.ts';

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
  const id = fieldId(name);
  const error = errors[name];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <FieldGroup>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <Select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
    </FieldGroup>
  );
}

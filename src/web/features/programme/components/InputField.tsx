import { styled } from 'styled-components';
import {
  controlStyles,
  ErrorText,
  FieldGroup,
  FieldLabel,
  Hint,
} from '../../../components/form/fieldStyles.ts';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';

const Input = styled.input`
  ${controlStyles}
  display: block;
  width: 100%;
  max-width: 16rem;
`;

interface InputFieldProps {
  /** Field path, as in the server's error `fields`. */
  name: string;
  label: string;
  hint?: string;
  type: 'date' | 'time' | 'number' | 'month';
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  disabled?: boolean;
  min?: number;
}

/** A native date, time, month or number input, labelled and with its error tied to it. */
export function InputField({
  name,
  label,
  hint,
  type,
  value,
  onChange,
  errors,
  disabled,
  min,
}: InputFieldProps) {
  const id = fieldId(name);
  const error = errors[name];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <FieldGroup>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <Input
        id={id}
        name={name}
        type={type}
        value={value}
        min={min}
        inputMode={type === 'number' ? 'numeric' : undefined}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
      />
      {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
    </FieldGroup>
  );
}

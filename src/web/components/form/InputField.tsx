import { styled } from 'styled-components';
import type { FieldErrors } from '../../lib/forms.ts';
import { controlStyles } from './fieldStyles.ts';
import { NativeField } from './NativeField.tsx';

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
  return (
    <NativeField name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <Input
          {...control}
          type={type}
          value={value}
          min={min}
          inputMode={type === 'number' ? 'numeric' : undefined}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
        />
      )}
    </NativeField>
  );
}

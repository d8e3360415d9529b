import type { ReactNode } from 'react';
import { TextInput } from 'suomifi-ui-components';
import { type FieldErrors, fieldId } from '../../lib/forms.ts';
import { FieldGroup } from './fieldStyles.ts';

/** What a text input and a text area (TextAreaField.tsx) have in common. */
export interface CommonProps {
  /** Field path, as in the server's error `fields` (e.g. `name.fi`). */
  name: string;
  labelText: ReactNode;
  hintText?: string;
  optionalText?: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  /** Shows this path's error here too (e.g. a group error on the group's first field). */
  alsoErrorOf?: string;
  lang?: string;
  disabled?: boolean;
}

interface TextFieldProps extends CommonProps {
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  list?: string;
  maxLength?: number;
  required?: boolean;
}

export function errorFor(props: CommonProps) {
  return props.errors[props.name] ?? (props.alsoErrorOf ? props.errors[props.alsoErrorOf] : undefined);
}

/** A Suomi.fi text input whose error comes from `errors[name]`. */
export function TextField(props: TextFieldProps) {
  const { name, value, onChange, errors: _errors, alsoErrorOf: _also, required, ...rest } = props;
  const error = errorFor(props);
  return (
    <FieldGroup>
      <TextInput
        {...rest}
        id={fieldId(name)}
        name={name}
        value={value}
        onChange={(next) => onChange(next === undefined ? '' : String(next))}
        status={error ? 'error' : 'default'}
        statusText={error}
        statusTextAriaLiveMode="off"
        aria-required={required || undefined}
        fullWidth
      />
    </FieldGroup>
  );
}

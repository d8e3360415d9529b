import { Textarea } from 'suomifi-ui-components';
import { fieldId } from '../../lib/forms.ts';
import { FieldGroup } from './fieldStyles.ts';
import { type CommonProps, errorFor } from './TextField.tsx';

// A module of its own, so that a page with text inputs only (the public home's search) loads no
// text area.

interface TextAreaFieldProps extends CommonProps {
  rows?: number;
}

/** A Suomi.fi text area whose error comes from `errors[name]`. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { name, value, onChange, errors: _errors, alsoErrorOf: _also, rows = 4, ...rest } = props;
  const error = errorFor(props);
  return (
    <FieldGroup>
      <Textarea
        {...rest}
        id={fieldId(name)}
        name={name}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        status={error ? 'error' : 'default'}
        statusText={error}
        statusTextAriaLiveMode="off"
        resize="vertical"
        fullWidth
      />
    </FieldGroup>
  );
}

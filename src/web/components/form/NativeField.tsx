import type { ReactNode } from 'react';
import { type FieldErrors, fieldId } from '../../lib/forms.ts';
import { ErrorText, FieldGroup, FieldLabel, Hint } from './fieldStyles.ts';

/** What a native control needs to be labelled, described and marked invalid. */
export type ControlProps = { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * Label, hint and error around one native control (select, date, time, number…), with the ids
 * that tie them together; the control itself is the caller's.
 */
export function NativeField(props: {
  name: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(props.name);
  const error = props.errors[props.name];
  const describedBy =
    [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <FieldGroup>
      <FieldLabel htmlFor={id}>{props.label}</FieldLabel>
      {props.hint && <Hint id={`${id}-hint`}>{props.hint}</Hint>}
      {props.children({
        id,
        name: props.name,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
    </FieldGroup>
  );
}

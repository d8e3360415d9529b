import { useState } from 'react';
import { z } from 'zod';
import { FormAlert } from './FormAlert.tsx';
import { ButtonRow } from './fieldStyles.ts';
import { SubmitButton } from './SubmitButton.tsx';
import { TextField } from './TextField.tsx';
import { useFormState } from './useFormState.ts';

export interface OneFieldFormProps {
  /** The field's name, as in the server's error `fields` (its id is `field-<name>`, so one per page). */
  name: string;
  /** Checks and normalises the value before it is sent. */
  schema: z.ZodType<string>;
  type?: 'text' | 'email';
  label: string;
  hint?: string;
  submitText: string;
  /** Sends the checked value; a thrown error is shown in the form. */
  onSubmit: (value: string) => Promise<void>;
  /** Our own text for failures, by HTTP status. */
  errorsByStatus?: Record<number, string>;
  /** Our own text for the server's error on the field. */
  fieldError?: string;
  /** Empties the input after a successful submit. */
  resetOnSuccess?: boolean;
  autoComplete?: string;
}

/** One text input and a button, with the field's and the form's errors. */
export function OneFieldForm({
  name,
  schema,
  type = 'text',
  label,
  hint,
  submitText,
  onSubmit,
  errorsByStatus,
  fieldError,
  resetOnSuccess,
  autoComplete,
}: OneFieldFormProps) {
  const form = useFormState();
  const [value, setValue] = useState('');
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = form.validate(z.object({ [name]: schema }), { [name]: value }, {});
    if (!input) return;
    setPending(true);
    try {
      await onSubmit(input[name] as string);
      if (resetOnSuccess) setValue('');
    } catch (error) {
      form.fail(error, { status: errorsByStatus, fields: fieldError ? { [name]: fieldError } : {} });
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert message={form.formError} />
      <TextField
        name={name}
        type={type}
        autoComplete={autoComplete}
        labelText={label}
        hintText={hint}
        value={value}
        onChange={setValue}
        errors={form.errors}
        required
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{submitText}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

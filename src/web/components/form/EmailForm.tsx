import { useState } from 'react';
import { z } from 'zod';
import { EmailSchema } from '../../../shared/common.ts';
import { FormAlert } from './FormAlert.tsx';
import { ButtonRow } from './fieldStyles.ts';
import { SubmitButton } from './SubmitButton.tsx';
import { TextField } from './TextField.tsx';
import { useFormState } from './useFormState.ts';

const EmailInput = z.object({ email: EmailSchema });

interface EmailFormProps {
  label: string;
  hint?: string;
  submitText: string;
  /** Sends the (checked, lower-cased) address; a thrown error is shown in the form. */
  onSubmit: (email: string) => Promise<void>;
  /** Our own text for failures, by HTTP status. */
  errorsByStatus?: Record<number, string>;
  /** Empties the input after a successful submit. */
  resetOnSuccess?: boolean;
  autoComplete?: string;
}

/**
 * One e-mail input (id `field-email`, so one per page) and a button: used for sign-in, inviting
 * organisers and adding admins.
 */
export function EmailForm({
  label,
  hint,
  submitText,
  onSubmit,
  errorsByStatus,
  resetOnSuccess,
  autoComplete = 'email',
}: EmailFormProps) {
  const form = useFormState();
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = form.validate(EmailInput, { email }, {});
    if (!input) return;
    setPending(true);
    try {
      await onSubmit(input.email);
      if (resetOnSuccess) setEmail('');
    } catch (error) {
      form.fail(error, { status: errorsByStatus });
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert message={form.formError} />
      <TextField
        name="email"
        type="email"
        autoComplete={autoComplete}
        labelText={label}
        hintText={hint}
        value={email}
        onChange={setEmail}
        errors={form.errors}
        required
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{submitText}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

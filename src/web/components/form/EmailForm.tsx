import { EmailSchema } from '#shared/common.ts';
import { OneFieldForm, type OneFieldFormProps } from './OneFieldForm.tsx';

type EmailFormProps = Omit<OneFieldFormProps, 'name' | 'schema' | 'type'>;

/**
 * One e-mail input (id `field-email`, so one per page) and a button: used for sign-in, inviting
 * organisers and adding admins. The address is sent checked and lower-cased.
 */
export function EmailForm({ autoComplete = 'email', ...props }: EmailFormProps) {
  return (
    <OneFieldForm {...props} name="email" type="email" schema={EmailSchema} autoComplete={autoComplete} />
  );
}

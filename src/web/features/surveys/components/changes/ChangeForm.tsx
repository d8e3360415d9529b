import { useState } from 'react';
import {
  type SurveyChange,
  type SurveyChangeInput,
  SurveyChangeInputSchema,
} from '#shared/survey-changes.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { useNow } from '../../../../lib/render-time.ts';
import { scoped, scopedError } from '../../../../lib/scoped.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { ChangeFields } from './ChangeFields.tsx';
import { type ChangeValues, emptyValues, inputOf, localDate, valuesOf } from './change-values.ts';

interface ChangeFormProps {
  network: string;
  /** Prefix of the field ids, unique on the page. */
  scope: string;
  initial?: SurveyChange;
  submitText: string;
  onSubmit: (input: SurveyChangeInput) => Promise<void>;
  onCancel?: () => void;
}

/** The form's values, and its submit: checked here first, then handed to `onSubmit`. */
function useChangeForm({ scope, initial, onSubmit }: ChangeFormProps) {
  const [now] = useNow();
  const form = useFormState();
  const fresh = () => emptyValues(localDate(now));
  const [values, setValues] = useState<ChangeValues>(() => (initial ? valuesOf(initial) : fresh()));
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = inputOf(values);
    if (!form.validate(scoped(scope, SurveyChangeInputSchema), { [scope]: input })) return;
    setPending(true);
    try {
      await onSubmit(input);
      // A new change's form starts over; an edited one closes.
      if (!initial) setValues(fresh());
    } catch (error) {
      form.fail(scopedError(error, scope));
    } finally {
      setPending(false);
    }
  }

  return { form, values, setValues, pending, submit };
}

/** Recording a change, and editing one. */
export function ChangeForm(props: ChangeFormProps) {
  const { t } = useTranslation();
  const { form, values, setValues, pending, submit } = useChangeForm(props);
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid={`${props.scope}-form`}>
      <FormAlert message={form.formError} />
      <ChangeFields
        network={props.network}
        scope={props.scope}
        values={values}
        onChange={(changes) => setValues((v) => ({ ...v, ...changes }))}
        errors={form.errors}
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{props.submitText}</SubmitButton>
        {props.onCancel && (
          <SubmitButton type="button" variant="secondary" pending={false} onClick={props.onCancel}>
            {t('common.cancel')}
          </SubmitButton>
        )}
      </ButtonRow>
    </form>
  );
}

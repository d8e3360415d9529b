import { useState } from 'react';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import { AddSubscriberSchema } from '#shared/outreach.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { maxLengthOf } from '../../../lib/limits.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useAddSubscriber } from '../api/add-subscriber.ts';

const SCOPE = 'subscriber';
const fieldName = (field: string) => `${SCOPE}.${field}`;

interface AddSubscriberFormProps {
  network: string;
  listId: string;
  language: Language;
}

/** The values being filled in and their sending; the notice tells whether a confirmation went out. */
function useAddSubscriberForm({ network, listId, language }: AddSubscriberFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const add = useAddSubscriber(network, listId);
  const empty = { email: '', name: '', language };
  const [values, setValues] = useState(empty);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setNotice(null);
    const input = form.validate(scoped(SCOPE, AddSubscriberSchema), { [SCOPE]: values });
    if (!input) return;
    try {
      const { email } = input[SCOPE];
      const answer = await add.mutateAsync(input[SCOPE]);
      setNotice(
        answer.status === 'confirmation-sent'
          ? t('outreachPage.add.sent', { email })
          : t('outreachPage.add.already', { email }),
      );
      setValues(empty);
    } catch (error) {
      form.fail(scopedError(error, SCOPE), { fields: { [fieldName('email')]: t('validation.email') } });
    }
  }

  return { form, values, setValues, notice, pending: add.isPending, submit };
}

/** An organiser adds one address; the person confirms it by e-mail before receiving anything. */
export function AddSubscriberForm(props: AddSubscriberFormProps) {
  const { t } = useTranslation();
  const { form, values, setValues, notice, pending, submit } = useAddSubscriberForm(props);

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="add-subscriber-form">
      <StatusMessage message={notice} testId="add-subscriber-status" />
      <FormAlert message={form.formError} />
      <TextField
        name={fieldName('email')}
        type="email"
        labelText={t('outreachPage.add.email')}
        value={values.email}
        onChange={(email) => setValues((v) => ({ ...v, email }))}
        errors={form.errors}
        autoComplete="off"
        maxLength={maxLengthOf(AddSubscriberSchema, 'email')}
        required
      />
      <TextField
        name={fieldName('name')}
        labelText={t('outreachPage.add.name')}
        optionalText={t('common.optional')}
        value={values.name}
        onChange={(personName) => setValues((v) => ({ ...v, name: personName }))}
        errors={form.errors}
        autoComplete="off"
        maxLength={maxLengthOf(AddSubscriberSchema, 'name')}
      />
      <SelectField
        name={fieldName('language')}
        label={t('outreachPage.add.language')}
        value={values.language}
        onChange={(l) => setValues((v) => ({ ...v, language: LANGUAGES.find((x) => x === l) ?? 'fi' }))}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`languageNames.${l}`) }))}
        errors={form.errors}
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{t('outreachPage.add.submit')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

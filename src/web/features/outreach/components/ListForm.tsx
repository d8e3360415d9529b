import { useState } from 'react';
import { styled } from 'styled-components';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import { type MailingList, type MailingListInput, MailingListInputSchema } from '#shared/outreach.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow, ChoiceLabel, FieldGroup, Hint } from '../../../components/form/fieldStyles.ts';
import { type FullText, LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { compactText, emptyText, type FieldErrors, fieldId, fullText } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** What the form holds: the localized texts with an input for each language. */
type Values = Omit<Required<MailingListInput>, 'name' | 'publicDescription'> & {
  name: FullText;
  publicDescription: FullText;
};

const empty = (): Values => ({
  name: emptyText(),
  description: '',
  publicDescription: emptyText(),
  language: 'fi',
  onInterestForm: false,
});

/** A saved list's settings, to be edited. */
export function listFormValues(list: MailingList): Values {
  return {
    name: fullText(list.name),
    description: list.description,
    publicDescription: fullText(list.publicDescription),
    language: list.language,
    onInterestForm: list.onInterestForm,
  };
}

/** What is sent: empty languages are left out. */
const payload = (values: Values): Required<MailingListInput> => ({
  ...values,
  name: compactText(values.name),
  publicDescription: compactText(values.publicDescription),
});

/** The hint under a checkbox, lined up with its label. */
const CheckHint = styled(Hint)`
  margin: ${tokens.space.xxs} 0 0 28px;
`;

interface ListFormProps {
  /** Prefix of the field ids, unique on the page. */
  scope: string;
  initial?: Values;
  submitText: string;
  onSubmit: (input: Required<MailingListInput>) => Promise<void>;
  onCancel?: () => void;
  resetOnSuccess?: boolean;
}

/** The values being filled in, checked and sent under the form's scope. */
function useListForm({ scope, initial, onSubmit, resetOnSuccess }: ListFormProps) {
  const form = useFormState();
  const [values, setValues] = useState<Values>(initial ?? empty);
  const [pending, setPending] = useState(false);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = form.validate(scoped(scope, MailingListInputSchema), { [scope]: payload(values) });
    if (!input) return;
    setPending(true);
    try {
      await onSubmit(input[scope] as Required<MailingListInput>);
      if (resetOnSuccess) setValues(empty());
    } catch (error) {
      form.fail(scopedError(error, scope));
    } finally {
      setPending(false);
    }
  }

  return { form, values, set, pending, submit };
}

/** A mailing list's name, descriptions, language and whether people can join it on the interest form. */
export function ListForm(props: ListFormProps) {
  const { scope, submitText, onCancel } = props;
  const { t } = useTranslation();
  const { form, values, set, pending, submit } = useListForm(props);
  const name = (field: string) => `${scope}.${field}`;

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid={`${scope}-form`}>
      <FormAlert message={form.formError} />
      <LocalizedTextFields
        name={name('name')}
        label={t('outreachPage.lists.name')}
        hint={t('outreachPage.lists.nameHint')}
        value={values.name}
        onChange={set('name')}
        errors={form.errors}
        maxLength={maxLengthOf(MailingListInputSchema, 'name.fi')}
      />
      <DescriptionFields scope={scope} values={values} set={set} errors={form.errors} />
      <SelectField
        name={name('language')}
        label={t('outreachPage.lists.language')}
        hint={t('outreachPage.lists.languageHint')}
        value={values.language}
        onChange={(language) => set('language')(LANGUAGES.find((l) => l === language) ?? ('fi' as Language))}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`languageNames.${language}`) }))}
        errors={form.errors}
      />
      <InterestFormCheckbox
        name={name('onInterestForm')}
        checked={values.onInterestForm}
        onChange={set('onInterestForm')}
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{submitText}</SubmitButton>
        {onCancel && (
          <SubmitButton type="button" variant="secondary" pending={false} onClick={onCancel}>
            {t('common.cancel')}
          </SubmitButton>
        )}
      </ButtonRow>
    </form>
  );
}

interface DescriptionFieldsProps {
  scope: string;
  values: Values;
  set: <K extends 'description' | 'publicDescription'>(key: K) => (value: Values[K]) => void;
  errors: FieldErrors;
}

/** Two texts, so an organiser's note about the list never reaches the public form by mistake. */
function DescriptionFields({ scope, values, set, errors }: DescriptionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <LocalizedTextFields
        name={`${scope}.publicDescription`}
        label={t('outreachPage.lists.publicDescription')}
        hint={t('outreachPage.lists.publicDescriptionHint')}
        value={values.publicDescription}
        onChange={set('publicDescription')}
        errors={errors}
        multiline
      />
      <TextAreaField
        name={`${scope}.description`}
        labelText={t('outreachPage.lists.description')}
        hintText={t('outreachPage.lists.descriptionHint')}
        optionalText={t('common.optional')}
        value={values.description}
        onChange={set('description')}
        errors={errors}
        rows={2}
      />
    </>
  );
}

interface InterestFormCheckboxProps {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Whether people can join the list on the interest form, with the hint lined up under the label. */
function InterestFormCheckbox({ name, checked, onChange }: InterestFormCheckboxProps) {
  const { t } = useTranslation();
  const id = fieldId(name);
  return (
    <FieldGroup>
      <ChoiceLabel>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-hint`}
        />
        {t('outreachPage.lists.onInterestForm')}
      </ChoiceLabel>
      <CheckHint id={`${id}-hint`}>{t('outreachPage.lists.onInterestFormHint')}</CheckHint>
    </FieldGroup>
  );
}

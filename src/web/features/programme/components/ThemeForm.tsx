import { useState } from 'react';
import { CreateThemeSchema, THEME_STATUSES, type Theme } from '#shared/events.ts';
import type { LocalizedText } from '#shared/languages.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { InputField } from '../../../components/form/InputField.tsx';
import { type FullText, LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { compactText, emptyText, type FieldErrors, fullText } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { MarkdownField } from './MarkdownField.tsx';

export type ThemeInput = {
  title: LocalizedText;
  description: LocalizedText;
  intendedMonth: string | null;
  status: Theme['status'];
};

interface ThemeFormProps {
  /** Prefix of the field ids, unique on the page. */
  scope: string;
  initial?: Theme;
  submitText: string;
  onSubmit: (input: ThemeInput) => Promise<void>;
  onCancel?: () => void;
  resetOnSuccess?: boolean;
}

interface ThemeValues {
  title: FullText;
  description: FullText;
  intendedMonth: string;
  status: Theme['status'];
}

const empty = (): ThemeValues => ({
  title: emptyText(),
  description: emptyText(),
  intendedMonth: '',
  status: 'planned',
});

const themeValues = (theme: Theme): ThemeValues => ({
  title: fullText(theme.title),
  description: fullText(theme.description),
  intendedMonth: theme.intendedMonth ?? '',
  status: theme.status,
});

/** Empty languages are left out. */
const themeInput = (values: ThemeValues): ThemeInput => ({
  title: compactText(values.title),
  description: compactText(values.description),
  intendedMonth: values.intendedMonth || null,
  status: values.status,
});

/** The form's values, and its submit: checked here first, then handed to `onSubmit`. */
function useThemeForm({ scope, initial, onSubmit, resetOnSuccess }: ThemeFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const [values, setValues] = useState(() => (initial ? themeValues(initial) : empty()));
  const [pending, setPending] = useState(false);
  const set = <K extends keyof ThemeValues>(key: K, value: ThemeValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const payload = themeInput(values);
    const input = form.validate(
      scoped(scope, CreateThemeSchema),
      { [scope]: payload },
      { [`${scope}.intendedMonth`]: t('programme.themes.monthFormat') },
    );
    if (!input) return;
    setPending(true);
    try {
      await onSubmit(payload);
      if (resetOnSuccess) setValues(empty());
    } catch (error) {
      form.fail(scopedError(error, scope));
    } finally {
      setPending(false);
    }
  }

  return { form, values, set, pending, submit };
}

interface ThemeFieldsProps {
  scope: string;
  values: ThemeValues;
  set: <K extends keyof ThemeValues>(key: K, value: ThemeValues[K]) => void;
  errors: FieldErrors;
}

/** A theme's title, description, intended month and status. */
function ThemeFields({ scope, values, set, errors }: ThemeFieldsProps) {
  const { t } = useTranslation();
  const name = (field: keyof ThemeValues) => `${scope}.${field}`;
  return (
    <>
      <LocalizedTextFields
        name={name('title')}
        label={t('programme.themes.titleLabel')}
        hint={t('programme.titleHint')}
        value={values.title}
        onChange={(title) => set('title', title)}
        errors={errors}
        maxLength={maxLengthOf(CreateThemeSchema, 'title.fi')}
      />
      <MarkdownField
        name={name('description')}
        label={t('programme.themes.description')}
        value={values.description}
        onChange={(description) => set('description', description)}
        errors={errors}
      />
      <InputField
        name={name('intendedMonth')}
        type="month"
        label={t('programme.themes.intendedMonth')}
        hint={t('programme.themes.intendedMonthHint')}
        value={values.intendedMonth}
        onChange={(month) => set('intendedMonth', month)}
        errors={errors}
      />
      <SelectField
        name={name('status')}
        label={t('programme.themes.status')}
        value={values.status}
        onChange={(status) => set('status', THEME_STATUSES.find((s) => s === status) ?? 'planned')}
        options={THEME_STATUSES.map((s) => ({ value: s, label: t(`programme.themeStatus.${s}`) }))}
        errors={errors}
      />
    </>
  );
}

/** Adding a theme to the programme, and editing one. */
export function ThemeForm(props: ThemeFormProps) {
  const { t } = useTranslation();
  const { form, values, set, pending, submit } = useThemeForm(props);
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert message={form.formError} />
      <ThemeFields scope={props.scope} values={values} set={set} errors={form.errors} />
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

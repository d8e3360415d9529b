import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateThemeSchema, THEME_STATUSES, type Theme } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { InputField } from '../../../components/form/InputField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextAreaField, TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import { maxLengthOf } from '../../../lib/limits.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';

export type ThemeInput = {
  title: string;
  description: string;
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

const empty = { title: '', description: '', intendedMonth: '', status: 'planned' as Theme['status'] };

/** Adding a theme to the programme, and editing one. */
export function ThemeForm({
  scope,
  initial,
  submitText,
  onSubmit,
  onCancel,
  resetOnSuccess,
}: ThemeFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const start = initial ? { ...initial, intendedMonth: initial.intendedMonth ?? '' } : empty;
  const [values, setValues] = useState(start);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const name = (field: string) => `${scope}.${field}`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const payload = {
      title: values.title,
      description: values.description,
      intendedMonth: values.intendedMonth || null,
      status: values.status,
    };
    const input = form.validate(
      scoped(scope, CreateThemeSchema),
      { [scope]: payload },
      {
        [name('intendedMonth')]: t('programme.themes.monthFormat'),
      },
    );
    if (!input) return;
    setPending(true);
    try {
      await onSubmit(payload);
      if (resetOnSuccess) setValues(empty);
    } catch (error) {
      form.fail(scopedError(error, scope));
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert message={form.formError} />
      <TextField
        name={name('title')}
        labelText={t('programme.themes.titleLabel')}
        value={values.title}
        onChange={(title) => set('title', title)}
        errors={form.errors}
        maxLength={maxLengthOf(CreateThemeSchema, 'title')}
        required
      />
      <TextAreaField
        name={name('description')}
        labelText={t('programme.themes.description')}
        hintText={t('programme.markdownHint')}
        optionalText={t('common.optional')}
        value={values.description}
        onChange={(description) => set('description', description)}
        errors={form.errors}
      />
      <MarkdownPreview markdown={values.description} field={t('programme.themes.description')} />
      <InputField
        name={name('intendedMonth')}
        type="month"
        label={t('programme.themes.intendedMonth')}
        hint={t('programme.themes.intendedMonthHint')}
        value={values.intendedMonth}
        onChange={(month) => set('intendedMonth', month)}
        errors={form.errors}
      />
      <SelectField
        name={name('status')}
        label={t('programme.themes.status')}
        value={values.status}
        onChange={(status) => set('status', THEME_STATUSES.find((s) => s === status) ?? 'planned')}
        options={THEME_STATUSES.map((s) => ({ value: s, label: t(`programme.themeStatus.${s}`) }))}
        errors={form.errors}
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

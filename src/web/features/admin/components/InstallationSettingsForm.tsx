import { useState } from 'react';
import {
  COMPLIANCE_STATUSES,
  type InstallationSettings,
  InstallationSettingsInputSchema,
} from '#shared/installation.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useValidatedSubmit } from '../../../components/form/useValidatedSubmit.ts';
import type { FieldErrors } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { type InstallationValues, installationPayload, installationValues } from './installation-values.ts';

interface FieldsProps {
  values: InstallationValues;
  set: <K extends keyof InstallationValues>(key: K) => (value: InstallationValues[K]) => void;
  errors: FieldErrors;
}

/** The admins' part of the accessibility statement; each input is named by its path in the body. */
function StatementFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const markdown = t('admin.settings.markdownHint');
  return (
    <>
      <RadioGroupField
        name="statement.compliance"
        legend={t('admin.settings.compliance')}
        value={values.compliance}
        onChange={(value) => set('compliance')(COMPLIANCE_STATUSES.find((s) => s === value) ?? 'partial')}
        options={COMPLIANCE_STATUSES.map((value) => ({
          value,
          label: t(`admin.settings.complianceOption.${value}`),
        }))}
      />
      {(['knownIssues', 'assessment'] as const).map((field) => (
        <LocalizedTextFields
          key={field}
          name={`statement.${field}`}
          label={t(`admin.settings.${field}`)}
          hint={markdown}
          value={values[field]}
          onChange={set(field)}
          errors={errors}
          multiline
        />
      ))}
      {(['preparedOn', 'updatedOn', 'feedbackUrl', 'answerDays'] as const).map((field) => (
        <TextField
          key={field}
          name={`statement.${field}`}
          labelText={t(`admin.settings.${field}`)}
          optionalText={field === 'feedbackUrl' ? t('common.optional') : undefined}
          value={values[field]}
          onChange={set(field)}
          errors={errors}
        />
      ))}
    </>
  );
}

/** Who enforces the requirements; the default names the authority by its role. */
function AuthorityFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <LocalizedTextFields
        name="supervisoryAuthority.name"
        label={t('admin.settings.authorityName')}
        value={values.authorityName}
        onChange={set('authorityName')}
        errors={errors}
      />
      <LocalizedTextFields
        name="supervisoryAuthority.address"
        label={t('admin.settings.authorityAddress')}
        value={values.authorityAddress}
        onChange={set('authorityAddress')}
        errors={errors}
        multiline
      />
      <TextField
        name="supervisoryAuthority.url"
        labelText={t('admin.settings.authorityUrl')}
        value={values.authorityUrl}
        onChange={set('authorityUrl')}
        errors={errors}
      />
    </>
  );
}

/** The installation's contact address, accessibility statement and supervisory authority. */
export function InstallationSettingsForm(props: {
  settings: InstallationSettings;
  onSubmit: (input: ReturnType<typeof InstallationSettingsInputSchema.parse>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => installationValues(props.settings));
  const set: FieldsProps['set'] = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));
  const payload = () => installationPayload(values);
  const { form, pending, submit } = useValidatedSubmit(
    InstallationSettingsInputSchema,
    payload,
    props.onSubmit,
  );
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="installation-form">
      <FormAlert message={form.formError} />
      <TextField
        name="contactAddress"
        type="email"
        labelText={t('admin.settings.contactAddress')}
        hintText={t('admin.settings.contactHint')}
        optionalText={t('common.optional')}
        value={values.contactAddress}
        onChange={set('contactAddress')}
        errors={form.errors}
      />
      <StatementFields values={values} set={set} errors={form.errors} />
      <AuthorityFields values={values} set={set} errors={form.errors} />
      <ButtonRow>
        <SubmitButton pending={pending}>{t('admin.settings.save')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

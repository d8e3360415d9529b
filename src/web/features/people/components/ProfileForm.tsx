import { useState } from 'react';
import { LANGUAGES, type Language } from '#shared/languages.ts';
import { type Profile, ProfileInputSchema, TARGET_ROLES } from '#shared/people.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { changeLanguage } from '../../../lib/i18n.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useUpdateProfile } from '../api/update-profile.ts';
import { OrganisationFields, type OrganisationValue } from './OrganisationFields.tsx';

interface Values {
  displayName: string;
  organisation: OrganisationValue;
  targetRole: string;
  preferredLanguage: Language;
}

function initialValues(profile: Profile): Values {
  return {
    displayName: profile.displayName,
    organisation: { name: profile.organisation?.name ?? '', type: profile.organisation?.type ?? '' },
    targetRole: profile.targetRole ?? '',
    preferredLanguage: profile.preferredLanguage,
  };
}

function toInput(values: Values) {
  const organisationName = values.organisation.name.trim();
  return {
    displayName: values.displayName,
    organisation: organisationName ? { name: organisationName, type: values.organisation.type } : null,
    targetRole: values.targetRole || null,
    preferredLanguage: values.preferredLanguage,
  };
}

/** The profile's values, and its submit: saving switches the UI to the chosen language. */
function useProfileForm(profile: Profile) {
  const form = useFormState();
  const update = useUpdateProfile();
  const [values, setValues] = useState(() => initialValues(profile));
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    const input = form.validate(ProfileInputSchema, toInput(values));
    if (!input) return;
    try {
      const updated = await update.mutateAsync(input);
      await changeLanguage(updated.preferredLanguage);
      setSaved(true);
    } catch (error) {
      form.fail(error);
    }
  }

  return { form, pending: update.isPending, values, set, saved, submit };
}

/** The language of the UI and of the mails, each option named in its own language. */
function PreferredLanguageField({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroupField
      name="preferredLanguage"
      legend={t('profile.preferredLanguage')}
      hint={t('profile.preferredLanguageHint')}
      value={value}
      onChange={(language) => onChange(LANGUAGES.find((l) => l === language) ?? 'fi')}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: t(`languageNames.${language}`),
        lang: language,
      }))}
    />
  );
}

/** Name, organisation, role and language; saving also switches the UI to the chosen language. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const { form, pending, values, set, saved, submit } = useProfileForm(profile);
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="profile-form">
      <StatusMessage message={saved ? t('profile.saved') : null} testId="profile-status" />
      <FormAlert message={form.formError} />
      <TextField
        name="displayName"
        labelText={t('profile.displayName')}
        hintText={t('profile.displayNameHint')}
        value={values.displayName}
        onChange={(displayName) => set('displayName', displayName)}
        errors={form.errors}
        autoComplete="name"
        maxLength={maxLengthOf(ProfileInputSchema, 'displayName')}
        required
      />
      <OrganisationFields
        value={values.organisation}
        onChange={(organisation) => set('organisation', organisation)}
        errors={form.errors}
      />
      <SelectField
        name="targetRole"
        label={t('profile.targetRole')}
        value={values.targetRole}
        onChange={(targetRole) => set('targetRole', targetRole)}
        emptyOption={t('common.notSpecified')}
        options={TARGET_ROLES.map((role) => ({ value: role, label: t(`targetRoles.${role}`) }))}
        errors={form.errors}
      />
      <PreferredLanguageField
        value={values.preferredLanguage}
        onChange={(language) => set('preferredLanguage', language)}
      />
      <ButtonRow>
        <SubmitButton pending={pending}>{t('profile.save')}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

import { LANGUAGES, type Language } from '#shared/languages.ts';
import { CreateNetworkSchema, NETWORK_LIMITS, NETWORK_STATUSES } from '#shared/networks.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { TimeZoneField } from '../../../components/form/TimeZoneField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { GoalsFields } from './GoalsFields.tsx';
import type { NetworkFormValues } from './network-form-values.ts';
import { type NetworkSubmit, useNetworkSubmit, useNetworkValues } from './use-network-form.ts';

type NetworkFormProps = {
  initial: NetworkFormValues;
  submitText: string;
} & NetworkSubmit;

interface FieldProps<Value> {
  value: Value;
  onChange: (value: Value) => void;
  errors: FieldErrors;
}

/** Creating a network and editing one share this form; only creating asks for the address. */
export function NetworkForm(props: NetworkFormProps) {
  const { t } = useTranslation();
  const { values, set, setName, setSlug } = useNetworkValues(props.initial, props.mode === 'edit');
  const { form, pending, submit } = useNetworkSubmit(props, values);
  const { errors } = form;
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="network-form">
      <FormAlert message={form.formError} />
      <LocalizedTextFields
        name="name"
        label={t('networks.form.name')}
        hint={t('networks.form.nameHint')}
        value={values.name}
        onChange={setName}
        errors={errors}
        maxLength={maxLengthOf(CreateNetworkSchema, 'name.fi')}
      />
      {props.mode === 'create' && <SlugField value={values.slug} onChange={setSlug} errors={errors} />}
      <LocalizedTextFields
        name="description"
        label={t('networks.form.description')}
        hint={t('networks.form.descriptionHint')}
        value={values.description}
        onChange={(description) => set('description', description)}
        errors={errors}
        multiline
      />
      <GoalsFields goals={values.goals} onChange={(goals) => set('goals', goals)} errors={errors} />
      <HostNameFields
        value={values.hostName}
        onChange={(hostName) => set('hostName', hostName)}
        errors={errors}
      />
      <MainLanguageField
        value={values.mainLanguage}
        onChange={(mainLanguage) => set('mainLanguage', mainLanguage)}
        errors={errors}
      />
      <HashtagField value={values.hashtag} onChange={(hashtag) => set('hashtag', hashtag)} errors={errors} />
      <NetworkTimeZoneField
        value={values.timeZone}
        onChange={(timeZone) => set('timeZone', timeZone)}
        errors={errors}
      />
      {props.mode === 'edit' && (
        <StatusField value={values.status} onChange={(status) => set('status', status)} errors={errors} />
      )}
      <ButtonRow>
        <SubmitButton pending={pending}>{props.submitText}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

function HashtagField({ value, onChange, errors }: FieldProps<string>) {
  const { t } = useTranslation();
  return (
    <TextField
      name="hashtag"
      labelText={t('networks.form.hashtag')}
      hintText={t('networks.form.hashtagHint')}
      optionalText={t('common.optional')}
      value={value}
      onChange={onChange}
      errors={errors}
    />
  );
}

/** The organisation hosting the network, in each language. */
function HostNameFields({ value, onChange, errors }: FieldProps<NetworkFormValues['hostName']>) {
  const { t } = useTranslation();
  return (
    <LocalizedTextFields
      name="hostName"
      label={t('networks.form.hostName')}
      hint={t('networks.form.hostNameHint')}
      value={value}
      onChange={onChange}
      errors={errors}
      maxLength={NETWORK_LIMITS.hostNameChars}
    />
  );
}

/** The network's address in links; asked only when creating. */
function SlugField({ value, onChange, errors }: FieldProps<string>) {
  const { t } = useTranslation();
  return (
    <TextField
      name="slug"
      labelText={t('networks.form.slug')}
      hintText={t('networks.form.slugHint')}
      value={value}
      onChange={onChange}
      errors={errors}
      maxLength={maxLengthOf(CreateNetworkSchema, 'slug')}
      required
    />
  );
}

/** The zone the network's times are shown in; its current zone is offered even if the browser lacks it. */
function NetworkTimeZoneField({ value, onChange, errors }: FieldProps<string>) {
  const { t } = useTranslation();
  return (
    <TimeZoneField
      name="timeZone"
      label={t('networks.form.timeZone')}
      hint={t('networks.form.timeZoneHint')}
      value={value}
      onChange={onChange}
      errors={errors}
    />
  );
}

/** The language the network's content is written in first, and falls back to. */
function MainLanguageField({ value, onChange, errors }: FieldProps<Language>) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="mainLanguage"
      label={t('networks.form.mainLanguage')}
      hint={t('networks.form.mainLanguageHint')}
      value={value}
      onChange={(language) => onChange(LANGUAGES.find((l) => l === language) ?? 'fi')}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`languageNames.${language}`) }))}
      errors={errors}
    />
  );
}

/** Active or ended; asked only when editing. */
function StatusField({ value, onChange, errors }: FieldProps<NetworkFormValues['status']>) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="status"
      label={t('networks.form.status')}
      value={value}
      onChange={(status) => onChange(status === 'ended' ? 'ended' : 'active')}
      options={NETWORK_STATUSES.map((status) => ({
        value: status,
        label: t(`networks.status.${status}`),
      }))}
      errors={errors}
    />
  );
}

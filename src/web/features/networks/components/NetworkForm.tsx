import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateNetwork, UpdateNetwork } from '#shared/networks.ts';
import { CreateNetworkSchema, NETWORK_STATUSES, UpdateNetworkSchema } from '#shared/networks.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { type FullText, LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { timeZoneOptions } from '../../../lib/date-time.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { GoalsFields } from './GoalsFields.tsx';
import { createPayload, type NetworkFormValues, slugFromName, updatePayload } from './network-form-values.ts';

type NetworkFormProps = {
  initial: NetworkFormValues;
  submitText: string;
} & (
  | { mode: 'create'; onSubmit: (network: CreateNetwork) => Promise<void> }
  | { mode: 'edit'; onSubmit: (changes: UpdateNetwork) => Promise<void> }
);

/** Creating a network and editing one share this form; only creating asks for the address. */
export function NetworkForm(props: NetworkFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const [values, setValues] = useState(props.initial);
  const [slugEdited, setSlugEdited] = useState(props.mode === 'edit');
  const [pending, setPending] = useState(false);
  const set = <K extends keyof NetworkFormValues>(key: K, value: NetworkFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function setName(name: FullText) {
    setValues((v) => ({
      ...v,
      name,
      slug: slugEdited ? v.slug : slugFromName(name.fi || name.en || name.sv),
    }));
  }

  const ruleMessages = {
    slug: t('validation.slug'),
    hashtag: t('validation.hashtag'),
    timeZone: t('validation.timeZone'),
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      if (props.mode === 'create') {
        const input = form.validate(CreateNetworkSchema, createPayload(values), ruleMessages);
        if (input) await props.onSubmit(input);
      } else {
        const input = form.validate(UpdateNetworkSchema, updatePayload(values), ruleMessages);
        if (input) await props.onSubmit(input);
      }
    } catch (error) {
      const slugTaken = t('networks.form.slugTaken');
      form.fail(error, { fields: { slug: slugTaken }, status: { 409: slugTaken } });
    } finally {
      setPending(false);
    }
  }

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
      {props.mode === 'create' && (
        <TextField
          name="slug"
          labelText={t('networks.form.slug')}
          hintText={t('networks.form.slugHint')}
          value={values.slug}
          onChange={(slug) => {
            setSlugEdited(true);
            set('slug', slug);
          }}
          errors={errors}
          maxLength={maxLengthOf(CreateNetworkSchema, 'slug')}
          required
        />
      )}
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
      <TextField
        name="hashtag"
        labelText={t('networks.form.hashtag')}
        hintText={t('networks.form.hashtagHint')}
        optionalText={t('common.optional')}
        value={values.hashtag}
        onChange={(hashtag) => set('hashtag', hashtag)}
        errors={errors}
      />
      <SelectField
        name="timeZone"
        label={t('networks.form.timeZone')}
        hint={t('networks.form.timeZoneHint')}
        value={values.timeZone}
        onChange={(timeZone) => set('timeZone', timeZone)}
        options={timeZoneOptions(values.timeZone).map((zone) => ({ value: zone, label: zone }))}
        errors={errors}
      />
      {props.mode === 'edit' && (
        <SelectField
          name="status"
          label={t('networks.form.status')}
          value={values.status}
          onChange={(status) => set('status', status === 'ended' ? 'ended' : 'active')}
          options={NETWORK_STATUSES.map((status) => ({
            value: status,
            label: t(`networks.status.${status}`),
          }))}
          errors={errors}
        />
      )}
      <ButtonRow>
        <SubmitButton pending={pending}>{props.submitText}</SubmitButton>
      </ButtonRow>
    </form>
  );
}

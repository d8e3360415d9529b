import { useState } from 'react';
import type { CreateNetwork, UpdateNetwork } from '#shared/networks.ts';
import { CreateNetworkSchema, UpdateNetworkSchema } from '#shared/networks.ts';
import type { FullText } from '../../../components/form/LocalizedTextFields.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { createPayload, type NetworkFormValues, slugFromName, updatePayload } from './network-form-values.ts';

/** Creating sends a whole network, editing the changes. */
export type NetworkSubmit =
  | { mode: 'create'; onSubmit: (network: CreateNetwork) => Promise<void> }
  | { mode: 'edit'; onSubmit: (changes: UpdateNetwork) => Promise<void> };

/** The values being filled in; the address follows the name until it is edited. */
export function useNetworkValues(initial: NetworkFormValues, slugEditedAtFirst: boolean) {
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(slugEditedAtFirst);
  const set = <K extends keyof NetworkFormValues>(key: K, value: NetworkFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function setName(name: FullText) {
    setValues((v) => ({
      ...v,
      name,
      slug: slugEdited ? v.slug : slugFromName(name.fi || name.en || name.sv),
    }));
  }

  function setSlug(slug: string) {
    setSlugEdited(true);
    set('slug', slug);
  }

  return { values, set, setName, setSlug };
}

/** Checks and sends the values; a taken address is named at the address field. */
export function useNetworkSubmit(props: NetworkSubmit, values: NetworkFormValues) {
  const { t } = useTranslation();
  const form = useFormState();
  const [pending, setPending] = useState(false);

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

  return { form, pending, submit };
}

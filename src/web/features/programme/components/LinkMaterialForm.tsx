import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { AddLinkMaterialSchema, type Material } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { Fieldset } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { compactText, emptyText } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { NewLink } from '../api/add-link-material.ts';

interface LinkMaterialFormProps {
  /** Prefix of the field ids, unique on the page. */
  scope: string;
  mutation: UseMutationResult<Material, Error, NewLink>;
  onAdded: (message: string) => void;
}

/** Adds a link (e.g. to slides online) to a meeting's materials. */
export function LinkMaterialForm({ scope, mutation, onAdded }: LinkMaterialFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const [title, setTitle] = useState(emptyText);
  const pick = useLocalized();
  const [url, setUrl] = useState('');
  const name = (field: string) => `${scope}.${field}`;
  const urlMessage = { [name('url')]: t('programme.urlFormat') };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (mutation.isPending) return;
    const input = form.validate(
      scoped(scope, AddLinkMaterialSchema),
      { [scope]: { kind: 'link', title: compactText(title), url } },
      urlMessage,
    );
    if (!input) return;
    try {
      const added = await mutation.mutateAsync({ title: compactText(title), url });
      setTitle(emptyText());
      setUrl('');
      onAdded(t('programme.materials.added', { title: pick(added.title).text }));
    } catch (error) {
      form.fail(scopedError(error, scope), { fields: urlMessage });
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate data-testid="link-material-form">
      <Fieldset>
        <legend>{t('programme.materials.addLink')}</legend>
        <FormAlert message={form.formError} />
        <LocalizedTextFields
          name={name('title')}
          label={t('programme.materials.linkTitle')}
          hint={t('programme.titleHint')}
          value={title}
          onChange={setTitle}
          errors={form.errors}
          maxLength={maxLengthOf(AddLinkMaterialSchema, 'title.fi')}
        />
        <TextField
          name={name('url')}
          type="url"
          labelText={t('programme.materials.url')}
          value={url}
          onChange={setUrl}
          errors={form.errors}
          required
        />
        <SubmitButton pending={mutation.isPending}>{t('programme.materials.addLinkSubmit')}</SubmitButton>
      </Fieldset>
    </form>
  );
}

import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { EVENT_LIMITS, MATERIAL_TYPES, MAX_MATERIAL_BYTES, type Material } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import {
  controlStyles,
  ErrorText,
  FieldGroup,
  FieldLabel,
  Fieldset,
  Hint,
} from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { isApiError } from '../../../lib/api.ts';
import { fieldId, requestErrorMessage } from '../../../lib/forms.ts';

const FileInput = styled.input`
  ${controlStyles}
  display: block;
  width: 100%;
`;

type Upload = { title: string; file: File; onProgress: (fraction: number) => void };
const EXTENSIONS = Object.keys(MATERIAL_TYPES);
const MAX_MB = Math.round(MAX_MATERIAL_BYTES / 1024 / 1024);
const extensionOf = (name: string) => (name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '');

interface FileMaterialFormProps {
  /** Prefix of the field ids, unique on the page. */
  scope: string;
  mutation: UseMutationResult<Material, Error, Upload>;
  onAdded: (message: string) => void;
}

/** Uploads a file (slides, a memo…) to a meeting's materials, showing its progress. */
export function FileMaterialForm({ scope, mutation, onAdded }: FileMaterialFormProps) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const id = fieldId(`${scope}.file`);
  const types = EXTENSIONS.join(', ');

  function check(chosen: File | null): string | null {
    if (!chosen) return t('programme.materials.chooseFile');
    if (!EXTENSIONS.includes(extensionOf(chosen.name))) return t('programme.materials.wrongType', { types });
    if (chosen.size === 0) return t('programme.materials.emptyFile');
    if (chosen.size > MAX_MATERIAL_BYTES) return t('programme.materials.tooLarge', { max: MAX_MB });
    return null;
  }

  function showFileError(message: string) {
    setFileError(message);
    setFormError(t('errors.formHasErrors'));
    fileRef.current?.focus();
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (mutation.isPending) return;
    const problem = check(file);
    if (problem || !file) return showFileError(problem ?? t('programme.materials.chooseFile'));
    setFileError(null);
    setFormError(null);
    setProgress(0);
    try {
      const added = await mutation.mutateAsync({ title: title.trim(), file, onProgress: setProgress });
      setTitle('');
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      onAdded(t('programme.materials.added', { title: added.title }));
    } catch (error) {
      const serverMessage = isApiError(error) ? error.fields.file : undefined;
      if (serverMessage === undefined) return setFormError(requestErrorMessage(error, t));
      showFileError(
        /large/.test(serverMessage)
          ? t('programme.materials.tooLarge', { max: MAX_MB })
          : /required/.test(serverMessage)
            ? t('programme.materials.chooseFile')
            : t('programme.materials.wrongType', { types }),
      );
    }
  }

  const describedBy = [`${id}-hint`, fileError && `${id}-error`].filter(Boolean).join(' ');
  return (
    <form onSubmit={submit} noValidate data-testid="file-material-form">
      <Fieldset>
        <legend>{t('programme.materials.upload')}</legend>
        <FormAlert message={formError} />
        <TextField
          name={`${scope}.title`}
          labelText={t('programme.materials.fileTitle')}
          hintText={t('programme.materials.fileTitleHint')}
          optionalText={t('common.optional')}
          value={title}
          onChange={setTitle}
          errors={{}}
          maxLength={EVENT_LIMITS.titleChars}
        />
        <FieldGroup>
          <FieldLabel htmlFor={id}>{t('programme.materials.file')}</FieldLabel>
          <Hint id={`${id}-hint`}>{t('programme.materials.fileHint', { types, max: MAX_MB })}</Hint>
          <FileInput
            ref={fileRef}
            id={id}
            name={`${scope}.file`}
            type="file"
            accept={EXTENSIONS.map((ext) => `.${ext}`).join(',')}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setFileError(chosen ? check(chosen) : null);
            }}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
          />
          {fileError && <ErrorText id={`${id}-error`}>{fileError}</ErrorText>}
        </FieldGroup>
        {mutation.isPending && (
          <FieldGroup>
            <FieldLabel htmlFor={`${id}-progress`}>{t('programme.materials.uploading')}</FieldLabel>
            <progress id={`${id}-progress`} max={100} value={Math.round(progress * 100)} />
          </FieldGroup>
        )}
        <SubmitButton pending={mutation.isPending}>{t('programme.materials.uploadSubmit')}</SubmitButton>
      </Fieldset>
    </form>
  );
}

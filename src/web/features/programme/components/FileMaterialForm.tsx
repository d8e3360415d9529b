import type { UseMutationResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { EVENT_LIMITS, MATERIAL_TYPES, MAX_MATERIAL_BYTES, type Material } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import {
  ErrorText,
  FieldGroup,
  FieldLabel,
  Fieldset,
  FileInput,
  Hint,
} from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { isApiError } from '../../../lib/api.ts';
import { compactText, emptyText, fieldId, requestErrorMessage } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { NewFile } from '../api/upload-material.ts';

const EXTENSIONS = Object.keys(MATERIAL_TYPES);
const TYPES = EXTENSIONS.join(', ');
const MAX_MB = Math.round(MAX_MATERIAL_BYTES / 1024 / 1024);
const extensionOf = (name: string) => (name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '');

interface FileMaterialFormProps {
  /** Prefix of the field ids, unique on the page. */
  scope: string;
  mutation: UseMutationResult<Material, Error, NewFile>;
  onAdded: (message: string) => void;
}

/** What is wrong with the chosen file, checked before uploading it; null when nothing is. */
function fileProblem(chosen: File | null, t: TFunction): string | null {
  if (!chosen) return t('programme.materials.chooseFile');
  if (!EXTENSIONS.includes(extensionOf(chosen.name)))
    return t('programme.materials.wrongType', { types: TYPES });
  if (chosen.size === 0) return t('programme.materials.emptyFile');
  if (chosen.size > MAX_MATERIAL_BYTES) return t('programme.materials.tooLarge', { max: MAX_MB });
  return null;
}

/** Our own words for the server's refusal of the file. */
function refusalMessage(serverMessage: string, t: TFunction): string {
  if (/large/.test(serverMessage)) return t('programme.materials.tooLarge', { max: MAX_MB });
  if (/required/.test(serverMessage)) return t('programme.materials.chooseFile');
  return t('programme.materials.wrongType', { types: TYPES });
}

/** The chosen file, what is wrong with it, and its input (to focus it, and to empty it). */
function useFileChoice() {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  function choose(chosen: File | null) {
    setFile(chosen);
    setError(chosen ? fileProblem(chosen, t) : null);
  }
  function clear() {
    setFile(null);
    if (ref.current) ref.current.value = '';
  }
  return { ref, file, error, setError, choose, clear };
}

type FileChoice = ReturnType<typeof useFileChoice>;

/** The title and the file, and the upload: its progress, and the errors of the file or the form. */
function useFileMaterialForm({ mutation, onAdded }: Omit<FileMaterialFormProps, 'scope'>) {
  const { t } = useTranslation();
  const choice = useFileChoice();
  const [title, setTitle] = useState(emptyText);
  const pick = useLocalized();
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);

  function showFileError(message: string) {
    choice.setError(message);
    setFormError(t('errors.formHasErrors'));
    choice.ref.current?.focus();
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (mutation.isPending) return;
    const { file } = choice;
    const problem = fileProblem(file, t);
    if (problem || !file) return showFileError(problem ?? t('programme.materials.chooseFile'));
    choice.setError(null);
    setFormError(null);
    setProgress(0);
    try {
      const added = await mutation.mutateAsync({ title: compactText(title), file, onProgress: setProgress });
      setTitle(emptyText());
      choice.clear();
      onAdded(t('programme.materials.added', { title: pick(added.title).text }));
    } catch (error) {
      const serverMessage = isApiError(error) ? error.fields.file : undefined;
      if (serverMessage === undefined) return setFormError(requestErrorMessage(error, t));
      showFileError(refusalMessage(serverMessage, t));
    }
  }

  return { choice, title, setTitle, formError, progress, submit };
}

/** The file input with its label, the types and size allowed, and its error. */
function FileField({ scope, choice }: { scope: string; choice: FileChoice }) {
  const { t } = useTranslation();
  const id = fieldId(`${scope}.file`);
  const describedBy = [`${id}-hint`, choice.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <FieldGroup>
      <FieldLabel htmlFor={id}>{t('programme.materials.file')}</FieldLabel>
      <Hint id={`${id}-hint`}>{t('programme.materials.fileHint', { types: TYPES, max: MAX_MB })}</Hint>
      <FileInput
        ref={choice.ref}
        id={id}
        name={`${scope}.file`}
        type="file"
        accept={EXTENSIONS.map((ext) => `.${ext}`).join(',')}
        onChange={(event) => choice.choose(event.target.files?.[0] ?? null)}
        aria-invalid={choice.error ? true : undefined}
        aria-describedby={describedBy}
      />
      {choice.error && <ErrorText id={`${id}-error`}>{choice.error}</ErrorText>}
    </FieldGroup>
  );
}

/** How far the upload has got. */
function UploadProgress({ scope, fraction }: { scope: string; fraction: number }) {
  const { t } = useTranslation();
  const id = `${fieldId(`${scope}.file`)}-progress`;
  return (
    <FieldGroup>
      <FieldLabel htmlFor={id}>{t('programme.materials.uploading')}</FieldLabel>
      <progress id={id} max={100} value={Math.round(fraction * 100)} />
    </FieldGroup>
  );
}

/** Uploads a file (slides, a memo…) to a meeting's materials, showing its progress. */
export function FileMaterialForm({ scope, mutation, onAdded }: FileMaterialFormProps) {
  const { t } = useTranslation();
  const upload = useFileMaterialForm({ mutation, onAdded });
  return (
    <form onSubmit={upload.submit} noValidate data-testid="file-material-form">
      <Fieldset>
        <legend>{t('programme.materials.upload')}</legend>
        <FormAlert message={upload.formError} />
        <LocalizedTextFields
          name={`${scope}.title`}
          label={t('programme.materials.fileTitle')}
          hint={t('programme.materials.fileTitleHint')}
          value={upload.title}
          onChange={upload.setTitle}
          errors={{}}
          maxLength={EVENT_LIMITS.titleChars}
        />
        <FileField scope={scope} choice={upload.choice} />
        {mutation.isPending && <UploadProgress scope={scope} fraction={upload.progress} />}
        <SubmitButton pending={mutation.isPending}>{t('programme.materials.uploadSubmit')}</SubmitButton>
      </Fieldset>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type IMPORT_FIELDS, type ImportPreview, MAX_IMPORT_BYTES } from '#shared/outreach.ts';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { isApiError } from '../../../../lib/api.ts';
import { requestErrorMessage, serverFieldErrors } from '../../../../lib/forms.ts';
import { useRefreshLists } from '../../api/list-lists.ts';
import { type ImportMapping, previewImport } from '../../api/preview-import.ts';
import { runImport } from '../../api/run-import.ts';

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The wizard's steps as state: the chosen file, its preview and column mapping, then the import. */
export function useImportWizard(network: string, listId: string, listName: string) {
  const { t } = useTranslation();
  const form = useFormState();
  const refresh = useRefreshLists(network);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [header, setHeader] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [pending, setPending] = useState<'preview' | 'import' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function forgetPreview() {
    setPreview(null);
    setHeader([]);
    setMapping(null);
  }

  function reset(message: string | null) {
    setFile(null);
    setFileKey((k) => k + 1);
    forgetPreview();
    setMappingError(null);
    setNotice(message);
    form.clear();
  }

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    forgetPreview();
    setMappingError(null);
  }

  function summary(p: ImportPreview) {
    return t('outreachPage.import.previewReady', {
      count: p.counts.total,
      valid: p.counts.valid,
      invalid: p.counts.invalid,
      duplicates: p.counts.duplicates,
    });
  }

  /** The server's reason for refusing the file, in the UI language (by its error code). */
  function fileMessage(error: unknown): string {
    const reasons: Record<string, string> = {
      'import-no-file': t('outreachPage.import.chooseFile'),
      'too-large': t('outreachPage.import.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
      'import-no-rows': t('outreachPage.import.noRows'),
      'import-one-column': t('outreachPage.import.oneColumn'),
      'import-not-csv': t('outreachPage.import.notCsv'),
    };
    return (isApiError(error) && reasons[error.code]) || serverFieldErrors(error).file || '';
  }

  async function showPreview(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setNotice(null);
    const chosen = form.validate(
      z.object({ file: z.custom<File>((value) => value instanceof File) }),
      { file },
      { file: t('outreachPage.import.chooseFile') },
    );
    if (!chosen || !file) return;
    setPending('preview');
    try {
      const result = await previewImport(network, listId, file, null);
      form.clear();
      setHeader(result.header);
      setMapping(result.mapping);
      setPreview(result);
      setMappingError(null);
      setNotice(summary(result));
    } catch (error) {
      forgetPreview();
      form.fail(error, { fields: { file: fileMessage(error) } });
    } finally {
      setPending(null);
    }
  }

  async function changeMapping(index: number, field: ImportField) {
    if (!file || !mapping) return;
    const next = mapping.map((f, i) => (i === index ? field : f));
    setMapping(next);
    setPending('preview');
    setNotice(null);
    try {
      const result = await previewImport(network, listId, file, next);
      setPreview(result);
      setMappingError(null);
      setNotice(summary(result));
    } catch (error) {
      setPreview(null);
      const fields = serverFieldErrors(error);
      setMappingError(
        fields.mapping ? t('outreachPage.import.oneEmailColumn') : requestErrorMessage(error, t),
      );
    } finally {
      setPending(null);
    }
  }

  async function importRows() {
    if (!file || !mapping || !preview || pending) return;
    setPending('import');
    try {
      const result = await runImport(network, listId, file, mapping);
      await refresh();
      reset(t('outreachPage.import.done', { count: result.added, skipped: result.skipped, list: listName }));
    } catch (error) {
      form.fail(error, { fields: { file: fileMessage(error) } });
    } finally {
      setPending(null);
    }
  }

  return {
    form,
    file,
    fileKey,
    header,
    mapping,
    preview,
    mappingError,
    pending,
    notice,
    reset,
    chooseFile,
    showPreview,
    changeMapping,
    importRows,
  };
}

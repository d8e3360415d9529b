import { type ImportPreview, MAX_IMPORT_BYTES } from '#shared/outreach.ts';
import { isApiError } from '../../../../lib/api.ts';
import { requestErrorMessage, serverFieldErrors } from '../../../../lib/forms.ts';
import { useTranslation } from '../../../../lib/translation.tsx';

/** What the wizard says about a preview and about the server refusing the file or the mapping. */
export function useImportMessages() {
  const { t } = useTranslation();

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

  /** Why the server refused a column mapping. */
  function mappingMessage(error: unknown): string {
    const fields = serverFieldErrors(error);
    return fields.mapping ? t('outreachPage.import.oneEmailColumn') : requestErrorMessage(error, t);
  }

  return { t, summary, fileMessage, mappingMessage };
}

export type ImportMessages = ReturnType<typeof useImportMessages>;

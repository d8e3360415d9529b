import { useState } from 'react';
import type { ImportPreview } from '#shared/outreach.ts';
import type { ImportMapping } from '../../api/preview-import.ts';

/** The chosen file's preview: its header row, which column is which, the rows, and a refused mapping. */
export function useImportPreview() {
  const [header, setHeader] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);

  function forget() {
    setPreview(null);
    setHeader([]);
    setMapping(null);
  }

  return {
    header,
    mapping,
    preview,
    mappingError,
    setHeader,
    setMapping,
    setPreview,
    setMappingError,
    forget,
  };
}

export type ImportPreviewState = ReturnType<typeof useImportPreview>;

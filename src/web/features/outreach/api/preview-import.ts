import type { z } from 'zod';
import { type ImportMappingSchema, type ImportPreview, ImportPreviewSchema } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { listApi } from './list-lists.ts';

export type ImportMapping = z.infer<typeof ImportMappingSchema>;

/**
 * The file as multipart/form-data: the organiser's column mapping first (the server reads the
 * fields that come before the file), then the file.
 */
export function importForm(file: File, mapping: ImportMapping | null): FormData {
  const body = new FormData();
  if (mapping) body.append('mapping', JSON.stringify(mapping));
  body.append('file', file);
  return body;
}

/** What the file would give, with the detected encoding and delimiter; saves nothing. */
export function previewImport(
  network: string,
  listId: string,
  file: File,
  mapping: ImportMapping | null,
): Promise<ImportPreview> {
  return apiRequest(listApi(network, listId, '/import/preview'), {
    method: 'POST',
    body: importForm(file, mapping),
    schema: ImportPreviewSchema,
  });
}

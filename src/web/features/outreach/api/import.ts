import { z } from 'zod';
import { type ImportMappingSchema, type ImportPreview, ImportPreviewSchema } from '#shared/outreach.ts';
import { apiRequest, networkApi, seg } from '../../../lib/api.ts';

export type ImportMapping = z.infer<typeof ImportMappingSchema>;

const ImportResultSchema = z.object({ added: z.number().int(), skipped: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

/**
 * The file as multipart/form-data: the organiser's column mapping first (the server reads the
 * fields that come before the file), then the file.
 */
function importForm(file: File, mapping: ImportMapping | null): FormData {
  const body = new FormData();
  if (mapping) body.append('mapping', JSON.stringify(mapping));
  body.append('file', file);
  return body;
}

const importApi = (network: string, listId: string, rest: string) =>
  networkApi(network, `/outreach/lists/${seg(listId)}/import${rest}`);

/** What the file would give, with the detected encoding and delimiter; saves nothing. */
export function previewImport(
  network: string,
  listId: string,
  file: File,
  mapping: ImportMapping | null,
): Promise<ImportPreview> {
  return apiRequest(importApi(network, listId, '/preview'), {
    method: 'POST',
    body: importForm(file, mapping),
    schema: ImportPreviewSchema,
  });
}

/** Imports the file's valid rows as confirmed subscribers, recording the file as their source. */
export function runImport(
  network: string,
  listId: string,
  file: File,
  mapping: ImportMapping,
): Promise<ImportResult> {
  return apiRequest(importApi(network, listId, ''), {
    method: 'POST',
    body: importForm(file, mapping),
    schema: ImportResultSchema,
  });
}

import { type ImportResult, ImportResultSchema } from '#shared/outreach.ts';
import { apiRequest } from '../../../lib/api.ts';
import { listApi } from './list-lists.ts';
import { type ImportMapping, importForm } from './preview-import.ts';

/** Imports the file's valid rows as confirmed subscribers, recording the file as their source. */
export function runImport(
  network: string,
  listId: string,
  file: File,
  mapping: ImportMapping,
): Promise<ImportResult> {
  return apiRequest(listApi(network, listId, '/import'), {
    method: 'POST',
    body: importForm(file, mapping),
    schema: ImportResultSchema,
  });
}

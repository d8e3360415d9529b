import { z } from 'zod';
import { apiRequest } from '../../../lib/api.ts';
import { listApi } from './list-lists.ts';
import { type ImportMapping, importForm } from './preview-import.ts';

const ImportResultSchema = z.object({ added: z.number().int(), skipped: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

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

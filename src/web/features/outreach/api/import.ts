import { z } from 'zod';
import { ErrorSchema } from '#shared/common.ts';
import { type ImportMappingSchema, type ImportPreview, ImportPreviewSchema } from '#shared/outreach.ts';
import { ApiRequestError, seg } from '../../../lib/api.ts';
import { outreachApi } from './keys.ts';

export type ImportMapping = z.infer<typeof ImportMappingSchema>;

const ImportResultSchema = z.object({ added: z.number().int(), skipped: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

/**
 * Sends the file as multipart/form-data: the organiser's column mapping first (the server reads
 * the fields that come before the file), then the file.
 */
async function upload<T>(path: string, file: File, mapping: ImportMapping | null, schema: z.ZodType<T>) {
  const body = new FormData();
  if (mapping) body.append('mapping', JSON.stringify(mapping));
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiRequestError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {}
  if (response.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    throw new ApiRequestError(response.status, 'invalid_response', 'The server gave an unexpected answer.');
  }
  const error = ErrorSchema.safeParse(json);
  if (error.success) {
    const { code, message, fields } = error.data.error;
    throw new ApiRequestError(response.status, code, message, fields);
  }
  throw new ApiRequestError(response.status, `http_${response.status}`, response.statusText);
}

const importApi = (network: string, listId: string, rest: string) =>
  outreachApi(network, `/outreach/lists/${seg(listId)}/import${rest}`);

/** What the file would give, with the detected encoding and delimiter; saves nothing. */
export function previewImport(
  network: string,
  listId: string,
  file: File,
  mapping: ImportMapping | null,
): Promise<ImportPreview> {
  return upload(importApi(network, listId, '/preview'), file, mapping, ImportPreviewSchema);
}

/** Imports the file's valid rows as confirmed subscribers, recording the file as their source. */
export function runImport(
  network: string,
  listId: string,
  file: File,
  mapping: ImportMapping,
): Promise<ImportResult> {
  return upload(importApi(network, listId, ''), file, mapping, ImportResultSchema);
}

import type { FastifyRequest } from 'fastify';
import { AppError, BadRequest } from './errors.ts';
import { refuseUnstorable } from './input-guard.ts';

export type Upload = {
  /** As the browser gave it; check it before use. */
  fileName: string;
  data: Buffer;
  /** The text fields sent before the file. */
  fields: Record<string, string>;
};

/**
 * The one file of a multipart body, or null when there is none. Every way the body can be wrong is
 * the client's fault: malformed multipart is a 400, a file over `maxBytes` a 413, and a file name
 * or field that cannot be stored a 400 naming it. The routes' bodies are not parsed before this,
 * so the request guard cannot see them.
 */
export async function readUpload(
  request: FastifyRequest,
  { maxBytes, checkName }: { maxBytes: number; checkName?: (fileName: string) => void },
): Promise<Upload | null> {
  if (!request.isMultipart()) return null;
  try {
    const part = await request.file({ limits: { fileSize: maxBytes } });
    if (!part) return null;
    const fields: Record<string, string> = {};
    for (const field of Object.values(part.fields).flat()) {
      if (field?.type === 'field') fields[field.fieldname] = String(field.value);
    }
    const refused = refuseUnstorable({ file: part.filename, ...fields }, 'The upload');
    if (refused) throw refused;
    checkName?.(part.filename); // before reading what may be megabytes of the wrong file
    const data = await part.toBuffer();
    // Without throwFileSizeLimit the stream would only be cut short: refuse that too.
    if (part.file.truncated) throw tooLarge(maxBytes);
    return { fileName: part.filename, data, fields };
  } catch (error) {
    throw asClientError(error, maxBytes);
  }
}

function tooLarge(maxBytes: number) {
  return new AppError(413, 'too-large', 'The file is too large.', {
    file: {
      code: 'file-too-large',
      limit: Math.round(maxBytes / 1024 / 1024),
      message: `is too large: at most ${Math.round(maxBytes / 1024 / 1024)} MB`,
    },
  });
}

/** busboy's errors carry no status: whatever is not ours or a 4xx came from a malformed body. */
function asClientError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  const { code, statusCode } = error as { code?: string; statusCode?: number };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (statusCode && statusCode < 500) return error;
  return new BadRequest('The upload is not a valid multipart form.', { file: 'could not be read' });
}

import { type ClientFrame, ClientFrameSchema } from '#shared/live.ts';
import { findInputFault } from '#shared/storable.ts';

export type ParsedFrame = { value: ClientFrame } | { error: string; field?: string };

/** A text frame holding one valid JSON client frame, or what is wrong with it (and where). */
export function parseClientFrame(text: string, isBinary: boolean): ParsedFrame {
  if (isBinary) return { error: 'Frames must be text (JSON).' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'A frame must be one JSON object.' };
  }
  // The same rule as for HTTP requests: text the database cannot store is refused by name.
  const fault = findInputFault(json);
  if (fault) {
    const field = fault.path === '(body)' ? undefined : fault.path;
    return { error: `${field ?? 'frame'}: ${fault.message}`, field };
  }
  const result = ClientFrameSchema.safeParse(json);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  if (issue?.code === 'invalid_union' && field === 'type') return { error: 'Unknown frame type.', field };
  return { error: issue ? `${field ?? 'frame'}: ${issue.message}` : 'Invalid frame.', field };
}

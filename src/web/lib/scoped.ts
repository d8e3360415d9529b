import { z } from 'zod';
import { ApiRequestError } from './api.ts';

/**
 * Several forms on one page share field names (`title`, `meetingUrl`…), and a field's DOM id comes
 * from its path. So each form checks its input under its own key (`series.title`), and gets the
 * server's errors moved under that key too.
 */
export function scoped<K extends string, S extends z.ZodType>(key: K, schema: S) {
  return z.object({ [key]: schema } as Record<K, S>);
}

/** The server's error with its field paths under `key`. */
export function scopedError(error: unknown, key: string): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  const scope = (byPath: Record<string, string>) =>
    Object.fromEntries(Object.entries(byPath).map(([path, m]) => [`${key}.${path}`, m]));
  return new ApiRequestError(
    error.status,
    error.code,
    error.message,
    scope(error.fields),
    scope(error.fieldCodes),
  );
}

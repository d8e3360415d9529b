/**
 * The response headers a baseline replays so that it sends the app's bytes, headers included:
 * all but those node:http sets by itself or that belong to one connection. Content type and
 * length are left to the baseline, which sets them from the body it serves.
 */
const notReplayed = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-type',
]);

export function replayedHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) if (!notReplayed.has(name)) kept[name] = value;
  return kept;
}

/**
 * The one rule for input the database cannot take, shared by the server's request guard, the live
 * room's frame parser and the web forms, so they cannot disagree.
 */

/** PostgreSQL text cannot hold U+0000, and a lone surrogate has no UTF-8 encoding. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** At most `max` UTF-16 units of `text`, never half of a surrogate pair. */
export function sliceText(text: string, max: number): string {
  const cut = text.slice(0, max);
  return cut.isWellFormed() ? cut : cut.slice(0, -1);
}

export const UNSTORABLE_TEXT = 'contains U+0000 or a lone surrogate, which cannot be stored';
export const TOO_DEEP = 'is nested too deeply';
/** Deeper than any of our contracts; past it, recursive code (JSON.stringify, zod) could overflow. */
export const MAX_INPUT_DEPTH = 32;

export type InputFault = {
  /** Where the fault is, as in the API's `fields`: `title`, `goals.0.fi`; `(body)` for the root. */
  path: string;
  message: string;
};

/**
 * The first string (value or key) anywhere in `value` that cannot be stored, or the first place
 * nested deeper than MAX_INPUT_DEPTH; null when there is none. Iterative, so no input can make
 * it overflow the stack.
 */
export function findInputFault(value: unknown, prefix: readonly string[] = []): InputFault | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [...prefix] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value: current, path } = item;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return fault(path, UNSTORABLE_TEXT);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length - prefix.length >= MAX_INPUT_DEPTH) return fault(path, TOO_DEEP);
    // Pushed in reverse, so faults are found in the order a reader meets them.
    for (const [key, child] of Object.entries(current).reverse()) {
      const childPath = [...path, readableKey(key)];
      if (!isStorableText(key)) return fault(childPath, UNSTORABLE_TEXT);
      stack.push({ value: child, path: childPath });
    }
  }
  return null;
}

const fault = (path: string[], message: string): InputFault => ({
  path: path.join('.') || '(body)',
  message,
});

/** A key as it can be named back in a JSON answer and a log line. */
const readableKey = (key: string) => key.toWellFormed().replaceAll('\u0000', '\uFFFD');

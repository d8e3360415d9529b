export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = '.,;:!?]}\'"';

/** Splits message text into plain text and http(s) links; nothing else becomes a link. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const candidate = trimTrailing(match[0]);
    const start = match.index ?? 0;
    const href = safeHref(candidate);
    if (!href) continue;
    if (start > at) parts.push({ kind: 'text', text: text.slice(at, start) });
    parts.push({ kind: 'link', text: candidate, href });
    at = start + candidate.length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

const countOf = (text: string, char: string) => text.split(char).length - 1;

/** Drops sentence punctuation after an address; keeps a `)` that closes a `(` in it. */
function trimTrailing(candidate: string): string {
  let end = candidate.length;
  while (end > 0) {
    const char = candidate[end - 1] ?? '';
    const head = candidate.slice(0, end);
    if (TRAILING.includes(char) || (char === ')' && countOf(head, ')') > countOf(head, '('))) end--;
    else break;
  }
  return candidate.slice(0, end);
}

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

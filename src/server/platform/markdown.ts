import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { LocalizedText } from '#shared/common.ts';

const marked = new Marked({ gfm: true, breaks: true, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 'del', 'a', 'ul', 'ol', 'li'],
    ...['h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings start at h2: the page owns its h1. Links leave the site safely.
  transformTags: {
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

const rendered = new Map<string, string>();
const MAX_REMEMBERED = 500;

/** Markdown written by people, rendered to HTML that is safe to put in a page. */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  // Rendering and sanitising cost far more than a public request's database work: remember results.
  let html = rendered.get(source);
  if (html === undefined) {
    html = sanitizeHtml(marked.parse(source) as string, allowed);
    if (rendered.size >= MAX_REMEMBERED) rendered.delete(rendered.keys().next().value as string);
    rendered.set(source, html);
  }
  return html;
}

/** A text written in several languages, each rendered as `renderMarkdown` does. */
export function renderEachLanguage(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).map(([lang, md]) => [lang, renderMarkdown(md ?? '')]));
}

/** The plain text of some Markdown, e.g. for a page description. */
export function markdownToText(source: string): string {
  const text = sanitizeHtml(marked.parse(source) as string, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

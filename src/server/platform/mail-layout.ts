import type { Language } from '#shared/common.ts';
import { escapeHtml } from './html.ts';
import { textLink, textParagraphs } from './mail-text.ts';

/** A short transactional e-mail: paragraphs and one call-to-action link, as accessible HTML and plain text. */
export function simpleMail(input: {
  language: Language;
  subject: string;
  before: string[];
  link: { text: string; url: string };
  after: string[];
}): { subject: string; text: string; html: string } {
  const text = [textParagraphs(input.before), textLink(input.link), textParagraphs(input.after)]
    .filter(Boolean)
    .join('\n\n');
  const para = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const html = `<!doctype html><html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(input.subject)}</title></head>
<body style="font-family:'Source Sans 3',Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2a33;max-width:600px;margin:0 auto;padding:24px">
${input.before.map(para).join('\n')}
<p style="margin:0 0 16px"><a href="${escapeHtml(input.link.url)}" style="display:inline-block;background:#2a6ebb;color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:600">${escapeHtml(input.link.text)}</a></p>
${input.after.map(para).join('\n')}
</body></html>`;
  return { subject: input.subject, text, html };
}

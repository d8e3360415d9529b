import { escapeHtml } from './html.ts';

/**
 * A small server-rendered page for links people open from e-mails and calendars (join, confirm,
 * unsubscribe): readable without JavaScript, and a button (POST) where opening the link alone
 * must not act, since mail scanners open links too.
 */
export function simplePage(p: {
  language: string;
  title: string;
  paragraphs: string[];
  action?: { url: string; label: string };
  links?: { url: string; text: string }[];
}): string {
  const form = p.action
    ? `<form method="post" action="${escapeHtml(p.action.url)}"><button type="submit" style="font:inherit;background:#2a6ebb;color:#fff;border:0;border-radius:4px;padding:.5rem 1.25rem;cursor:pointer">${escapeHtml(p.action.label)}</button></form>`
    : '';
  const links = (p.links ?? [])
    .map((l) => `<p><a href="${escapeHtml(l.url)}" style="color:#2a6ebb">${escapeHtml(l.text)}</a></p>`)
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(p.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} – Verkosto</title></head>
<body style="font-family:'Source Sans 3',Arial,sans-serif;font-size:18px;line-height:1.5;color:#1f2a33;max-width:40rem;margin:3rem auto;padding:0 1rem">
<main><h1>${escapeHtml(p.title)}</h1>${p.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}
${form}${links}</main>
</body></html>`;
}

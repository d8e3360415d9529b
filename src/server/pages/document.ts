import { escapeHtml } from '#server/platform/html.ts';
import { LANGUAGES, type Language } from '#shared/common.ts';
import { nextChange } from '#shared/meeting-phase.ts';

/** The id the browser reads the state from (src/web/lib/hydration.ts PAGE_STATE_ID). */
const PAGE_STATE_ID = 'verkosto-state';

export type PageMeta = { title: string; description: string; found: boolean };

/**
 * The query parameters a public page reads (the past meetings' search); others (`lang`, a
 * campaign's `utm_…`) do not change what it shows, so they neither make a page of their own in the
 * cache nor reach the renderer.
 */
// `sent`: the interest form's page after a post without JavaScript, saying to check the mail.
const PAGE_PARAMS = new Set(['q', 'theme', 'year', 'sent']);

/** Path and the page's own query parameters, sorted: one page whatever their order. */
export function normalisedUrl(url: string): string {
  const [path = '/', query = ''] = url.split('?', 2);
  const params = new URLSearchParams([...new URLSearchParams(query)].filter(([key]) => PAGE_PARAMS.has(key)));
  params.sort();
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

/** The page's address in `language`, or with no language for `x-default`. */
function addressIn(publicUrl: string, url: string, language: Language | null): string {
  const address = new URL(url, publicUrl);
  if (language) address.searchParams.set('lang', language);
  return address.href;
}

/** `<link rel="alternate" hreflang>` for each language, and `x-default` for the address without one. */
export function alternates(publicUrl: string, url: string): string[] {
  const links = LANGUAGES.map(
    (language) =>
      `<link rel="alternate" hreflang="${language}" href="${escapeHtml(addressIn(publicUrl, url, language))}">`,
  );
  return [
    ...links,
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(addressIn(publicUrl, url, null))}">`,
  ];
}

export interface DocumentParts {
  language: Language;
  meta: PageMeta;
  /** The page's canonical address (og:url) and the alternates' base. */
  publicUrl: string;
  url: string;
  /** The server rendering, when the page has one. */
  rendering?: { html: string; styles: string; state: unknown };
}

/** JSON that may sit in a `<script type="application/json">`: no `</script>` can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function headTags({ meta, publicUrl, url }: DocumentParts): string {
  return [
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Verkosto">`,
    `<meta property="og:url" content="${escapeHtml(new URL(url.split('?')[0] ?? '/', publicUrl).href)}">`,
    ...alternates(publicUrl, url),
  ].join('\n    ');
}

/** index.html filled in: language, title, meta and alternates; and the rendering, when there is one. */
export function composeDocument(template: string, parts: DocumentParts): string {
  const { language, meta, rendering } = parts;
  let page = template
    .replace(/<html lang="[^"]*"/, `<html lang="${language}" data-lang="${language}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('<!--verkosto-meta-->', headTags(parts));
  if (rendering) {
    const state = `<script type="application/json" id="${PAGE_STATE_ID}">${scriptJson(rendering.state)}</script>`;
    page = page
      .replace('</head>', `${rendering.styles}\n  </head>`)
      .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
      .replace('<div id="root"></div>', () => `<div id="root">${rendering.html}</div>\n    ${state}`);
  }
  return page;
}

type Times = { joinOpensAt: string; startsAt: string; endsAt: string };

const isMeeting = (value: object): value is Times =>
  ['joinOpensAt', 'startsAt', 'endsAt'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'string',
  );

/** The earliest moment a meeting anywhere in the page's data changes phase, or null. */
export function nextPhaseChange(data: unknown[], now: Date): Date | null {
  let earliest: Date | null = null;
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (isMeeting(value)) {
      const next = nextChange(value, now);
      if (next && (!earliest || next < earliest)) earliest = next;
    }
    Object.values(value).forEach(visit);
  };
  data.forEach(visit);
  return earliest;
}

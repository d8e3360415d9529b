import { createInstance, type TFunction } from 'i18next';
import type { Language } from '#shared/common.ts';
import en from '#shared/i18n/en.json' with { type: 'json' };
import fi from '#shared/i18n/fi.json' with { type: 'json' };
import sv from '#shared/i18n/sv.json' with { type: 'json' };

const i18n = createInstance();
await i18n.init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: 'fi',
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The same translation files as the web app, for e-mails and page titles. */
export function translator(language: Language): TFunction {
  return i18n.getFixedT(language);
}

const isLanguage = (value: unknown): value is Language => value === 'fi' || value === 'sv' || value === 'en';

/** The UI language of a request: the address's `?lang=`, else the reader's Accept-Language. */
export function requestLanguage(request: {
  query: unknown;
  headers: { 'accept-language'?: string };
}): Language {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  return isLanguage(asked) ? asked : languageFromHeader(request.headers['accept-language']);
}

/** The first of fi/sv/en in an Accept-Language header, else Finnish. */
export function languageFromHeader(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fi' || tag === 'sv' || tag === 'en') return tag;
  }
  return 'fi';
}

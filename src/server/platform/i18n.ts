import { createInstance, type TFunction } from 'i18next';
import type { Language } from '#shared/common.ts';
import en from '#shared/i18n/en.json' with { type: 'json' };
import fi from '#shared/i18n/fi.json' with { type: 'json' };
import sv from '#shared/i18n/sv.json' with { type: 'json' };
import { LANGUAGE_COOKIE } from '#shared/languages.ts';

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

/** The first of fi/sv/en in an Accept-Language header, else Finnish. */
export function languageFromHeader(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fi' || tag === 'sv' || tag === 'en') return tag;
  }
  return 'fi';
}

const asLanguage = (value: unknown): Language | null =>
  value === 'fi' || value === 'sv' || value === 'en' ? value : null;

/** `?lang=` of a request's address, when it names one of fi/sv/en. */
export function addressLanguage(url: string): Language | null {
  const query = url.indexOf('?');
  if (query < 0) return null;
  return asLanguage(new URLSearchParams(url.slice(query + 1)).get('lang'));
}

const LANGUAGE_COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})(?:;|$)`);

function cookieLanguage(header: string | undefined): Language | null {
  const match = header?.match(LANGUAGE_COOKIE_VALUE);
  return asLanguage(match?.[1]);
}

/**
 * The UI language of a request, the same for every page: the address's `?lang=`, else the reader's
 * saved choice (the cookie), else Accept-Language, else Finnish.
 */
export function requestLanguage(request: {
  url: string;
  headers: { cookie?: string; 'accept-language'?: string };
}): Language {
  return (
    addressLanguage(request.url) ??
    cookieLanguage(request.headers.cookie) ??
    languageFromHeader(request.headers['accept-language'])
  );
}

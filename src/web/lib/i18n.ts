import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type fi from '#shared/i18n/fi.json';
import { LANGUAGES, type Language } from '#shared/languages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

type Part = 'lean' | 'rest';
type Texts = () => Promise<{ default: Record<string, unknown> }>;

/**
 * Each language in two chunks (scripts/split-texts.ts): the lean texts the public pages need
 * (lib/lean-texts.ts), loaded first, and the rest, loaded for any other page (loadAllTexts).
 */
const loaders: Record<Language, Record<Part, Texts>> = {
  fi: { lean: () => import('#shared/i18n/fi.json?lean'), rest: () => import('#shared/i18n/fi.json?rest') },
  sv: { lean: () => import('#shared/i18n/sv.json?lean'), rest: () => import('#shared/i18n/sv.json?rest') },
  en: { lean: () => import('#shared/i18n/en.json?lean'), rest: () => import('#shared/i18n/en.json?rest') },
};

/** The cookie that keeps the reader's choice, so the server renders every page in it (see requestLanguage). */
export const LANGUAGE_COOKIE = 'verkosto_lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose with the switch (or by saving the profile), if any. */
export function storedLanguage(): Language | null {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})`));
  return isLanguage(match?.[1]) ? match[1] : null;
}

function storeLanguage(language: Language) {
  // A cookie, not the Cookie Store API: the server must read it, and Safari and Firefox lack that API.
  // biome-ignore lint/suspicious/noDocumentCookie: see above
  document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}

/** The language the server rendered the page in (it resolved `?lang`, the cookie and the browser's). */
function pageLanguage(): Language | null {
  const value = document.documentElement.dataset.lang;
  return isLanguage(value) ? value : null;
}

function browserLanguage(): Language | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

const loaded = new Set<string>();
/** Set once a page needs more than the lean texts: from then on every language is loaded whole. */
let allTexts = false;

async function loadPart(language: Language, part: Part) {
  if (loaded.has(`${language}:${part}`)) return;
  const texts = await loaders[language][part]();
  i18n.addResourceBundle(language, 'translation', texts.default, true, true);
  loaded.add(`${language}:${part}`);
}

async function loadLanguage(language: Language) {
  await Promise.all([loadPart(language, 'lean'), allTexts ? loadPart(language, 'rest') : undefined]);
}

/** Loads the rest of the texts, for a page other than the public ones (app/router.tsx). */
export async function loadAllTexts(): Promise<void> {
  // The server renderer has every text (entry-server.tsx).
  if (import.meta.env.SSR) return;
  allTexts = true;
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (isLanguage(language)) await loadLanguage(language);
}

export async function initI18n(): Promise<void> {
  const language = pageLanguage() ?? storedLanguage() ?? browserLanguage() ?? 'fi';
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A text the page lacks (one left out of the lean texts, say) is an error tests see.
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`No text for ${key}`),
  });
  await loadLanguage(language);
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}

let latestChange = 0;

/**
 * Switches the UI language; `remember` stores it as the user's choice. The choice is stored at
 * once, and only the latest call switches: a language still loading (e.g. the profile's, right
 * after sign-in) never overrides one the user picked meanwhile.
 */
export async function changeLanguage(language: Language, remember = true): Promise<void> {
  const change = ++latestChange;
  if (remember) storeLanguage(language);
  await loadLanguage(language);
  if (change === latestChange) await i18n.changeLanguage(language);
}

/** The current UI language, re-rendering when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'fi';
}

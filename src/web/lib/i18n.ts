import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '#shared/common.ts';
import type fi from '#shared/i18n/fi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

type Messages = typeof fi;

/** Each language is its own chunk, loaded when needed. */
const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  fi: () => import('#shared/i18n/fi.json'),
  sv: () => import('#shared/i18n/sv.json'),
  en: () => import('#shared/i18n/en.json'),
};

export const LANGUAGE_STORAGE_KEY = 'verkosto.lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose with the switch (or by saving the profile), if any. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

async function loadLanguage(language: Language) {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const messages = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', messages.default);
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage() ?? browserLanguage() ?? 'fi';
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
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
  if (remember) {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {}
  }
  await loadLanguage(language);
  if (change === latestChange) await i18n.changeLanguage(language);
}

/** The current UI language, re-rendering when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'fi';
}

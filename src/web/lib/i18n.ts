import type { TFunction } from 'i18next';
import { LANGUAGE_COOKIE, LANGUAGES, type Language, languageCookie } from '#shared/languages.ts';
import type { TextPart } from './lean-texts.ts';
import type { Texts } from './translate.ts';
import {
  addTexts,
  currentLanguage,
  reportMissingTexts,
  setCurrentLanguage,
  translationIn,
  useTranslation,
} from './translation.tsx';

type TextsLoader = () => Promise<{ default: Texts }>;

/**
 * Each language in four chunks (scripts/split-texts.ts, lib/lean-texts.ts): the lean texts the
 * public pages need, loaded first; the live room's and the answer form's, loaded with their pages;
 * and the rest, for any other page.
 */
const loaders: Record<Language, Record<TextPart, TextsLoader>> = {
  fi: {
    lean: () => import('#shared/i18n/fi.json?lean'),
    live: () => import('#shared/i18n/fi.json?live'),
    survey: () => import('#shared/i18n/fi.json?survey'),
    rest: () => import('#shared/i18n/fi.json?rest'),
  },
  sv: {
    lean: () => import('#shared/i18n/sv.json?lean'),
    live: () => import('#shared/i18n/sv.json?live'),
    survey: () => import('#shared/i18n/sv.json?survey'),
    rest: () => import('#shared/i18n/sv.json?rest'),
  },
  en: {
    lean: () => import('#shared/i18n/en.json?lean'),
    live: () => import('#shared/i18n/en.json?live'),
    survey: () => import('#shared/i18n/en.json?survey'),
    rest: () => import('#shared/i18n/en.json?rest'),
  },
};

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
  document.cookie = languageCookie(language, window.location.protocol === 'https:');
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
/** The parts the pages shown so far needed: every language switched to loads them all. */
const needed = new Set<TextPart>(['lean']);

async function loadPart(language: Language, part: TextPart) {
  if (loaded.has(`${language}:${part}`)) return;
  addTexts(language, (await loaders[language][part]()).default);
  loaded.add(`${language}:${part}`);
}

async function loadLanguage(language: Language, parts: Iterable<TextPart> = needed) {
  await Promise.all([...parts].map((part) => loadPart(language, part)));
}

/** Loads more of the texts, for a page that needs more than the lean ones (app/router.tsx). */
export async function loadTexts(parts: TextPart[]): Promise<void> {
  // The server renderer has every text (entry-server.tsx).
  if (import.meta.env.SSR || parts.length === 0) return;
  for (const part of parts) needed.add(part);
  await loadLanguage(currentLanguage());
}

/** A translator into `language` whatever the UI's is (a campaign's texts), with all its texts. */
export async function translatorIn(language: Language): Promise<TFunction> {
  if (!import.meta.env.SSR) await loadLanguage(language, Object.keys(loaders[language]) as TextPart[]);
  return translationIn(language).t;
}

export async function initI18n(): Promise<void> {
  const language = pageLanguage() ?? storedLanguage() ?? browserLanguage() ?? 'fi';
  // A text the page lacks (one left out of the lean texts, say) is an error tests see.
  reportMissingTexts((key) => console.error(`No text for ${key}`));
  await loadLanguage(language);
  setCurrentLanguage(language);
  document.documentElement.lang = language;
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
  if (change !== latestChange) return;
  setCurrentLanguage(language);
  document.documentElement.lang = language;
}

/** The current UI language, re-rendering when it changes. */
export function useLanguage(): Language {
  return useTranslation().i18n.language;
}

/**
 * The UI's words in the six UN languages. Messages live in `extension/i18n/{lang}/{namespace}.json`
 * as flat `"key": "text"` maps; a page loads the namespaces it shows before it renders, and `t()`
 * is synchronous from then on. English is always loaded underneath, so a key missing from a
 * translation still reads as English rather than as a key.
 *
 * Placeholders are `{name}`. Counted messages have one key per plural category (`key_one`,
 * `key_few`, `key_other`, …) picked with Intl.PluralRules for the language.
 */
/// <reference types="vite/client" />
import { browser } from 'wxt/browser';
import type { UiLanguagePreference } from './storage';

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the options page's chooser. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
};

type Messages = Record<string, string>;
const loaders = import.meta.glob<Messages>('../i18n/*/*.json', { import: 'default' });

/** Every namespace that has English messages (tests load them all). */
export function allNamespaces(): string[] {
  return Object.keys(loaders)
    .filter((path) => path.startsWith('../i18n/en/'))
    .map((path) => path.slice('../i18n/en/'.length, -'.json'.length));
}

let language: Language = 'en';
let messages: Messages = {};

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** The observer's choice when it is one of ours, else the first browser language we have, else English. */
export function pickLanguage(preference: UiLanguagePreference, browserLanguages: readonly string[]): Language {
  if (preference !== 'auto' && isLanguage(preference)) return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function isRtl(lang: Language): boolean {
  return lang === 'ar';
}

export function currentLanguage(): Language {
  return language;
}

/** Loads English and then `lang` for each namespace; later keys win. */
export async function loadMessages(lang: Language, namespaces: readonly string[]): Promise<void> {
  const load = async (l: Language, ns: string): Promise<Messages> => {
    const loader = loaders[`../i18n/${l}/${ns}.json`];
    return loader ? loader() : {};
  };
  const english = await Promise.all(namespaces.map((ns) => load('en', ns)));
  const chosen = lang === 'en' ? [] : await Promise.all(namespaces.map((ns) => load(lang, ns)));
  messages = Object.assign({}, messages, ...english, ...chosen);
  language = lang;
}

/**
 * Words that must read at once, before any load has finished (the background answers messages as
 * soon as it wakes): they go underneath whatever is loaded, never over it.
 */
export function addFallbackMessages(extra: Messages): void {
  messages = { ...extra, ...messages };
}

/** The browser's UI languages, most preferred first. */
function browserLanguages(): string[] {
  let fromBrowser: string | undefined;
  try {
    fromBrowser = (browser as { i18n?: { getUILanguage?(): string } }).i18n?.getUILanguage?.();
  } catch {
    // Not every host implements it (a test's fake browser throws); navigator still knows.
  }
  const nav = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return [fromBrowser, ...nav].filter((l): l is string => typeof l === 'string' && l.length > 0);
}

/**
 * What a page runs before rendering: picks the language (options override the browser), loads its
 * namespaces, and sets `lang` and `dir` on the document so Arabic lays out right to left.
 */
/** The part of a document setupI18n touches (typed structurally: the Worker's type check has no DOM). */
interface LanguageRoot {
  documentElement: { lang: string; dir: string };
}

export async function setupI18n(
  namespaces: readonly string[],
  doc: LanguageRoot | null = (globalThis as { document?: LanguageRoot }).document ?? null,
): Promise<Language> {
  // Imported here, not at the top: storage items migrate when defined, and modules that only need
  // t() (the API client, which the Worker's tests also load) must not touch a browser on import.
  const { uiLanguageItem } = await import('./storage');
  const preference = await uiLanguageItem.getValue();
  const lang = pickLanguage(preference, browserLanguages());
  await loadMessages(lang, ['common', ...namespaces]);
  if (doc) {
    doc.documentElement.lang = lang;
    doc.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
  }
  return lang;
}

function fill(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message for `key` in the current language; an unknown key reads as itself (a test catches it). */
export function t(key: string, params?: Record<string, string | number>): string {
  return fill(messages[key] ?? key, params);
}

/** A counted message: `key_one`, `key_other`, … chosen by the language's plural rules; `{count}` is filled. */
export function tn(key: string, count: number, params?: Record<string, string | number>): string {
  const category = new Intl.PluralRules(language).select(count);
  const text = messages[`${key}_${category}`] ?? messages[`${key}_other`] ?? key;
  return fill(text, { count: count.toLocaleString(language), ...params });
}

/** Dates and numbers in the UI's language, not the browser's. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(language, options);
}

// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allNamespaces, currentLanguage, LANGUAGES, loadMessages, pickLanguage, t, tn } from '../../extension/lib/i18n';

const ROOT = join(__dirname, '../../extension/i18n');

beforeEach(() => fakeBrowser.reset());

describe('language choice', () => {
  it('follows the browser, then falls back to English', () => {
    expect(pickLanguage('auto', ['fr-CH', 'en'])).toBe('fr');
    expect(pickLanguage('auto', ['de-DE', 'zh_CN'])).toBe('zh');
    expect(pickLanguage('auto', ['de-DE'])).toBe('en');
    expect(pickLanguage('auto', [])).toBe('en');
  });
  it('lets the options override the browser', () => {
    expect(pickLanguage('ar', ['fr-FR'])).toBe('ar');
  });
});

describe('messages', () => {
  it('fills placeholders and picks plural forms by the language rules', async () => {
    await loadMessages('en', allNamespaces());
    expect(t('common.save')).toBe('Save');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(currentLanguage()).toBe('en');
    expect(tn('missing.counted', 2)).toBe('missing.counted');
  });

  it('every language has the same keys and placeholders as English', () => {
    const read = (lang: string, ns: string) => JSON.parse(readFileSync(join(ROOT, lang, `${ns}.json`), 'utf8')) as Record<string, string>;
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const missing: string[] = [];
    for (const ns of readdirSync(join(ROOT, 'en')).map((f) => f.replace(/\.json$/, ''))) {
      const en = read('en', ns);
      for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
        let other: Record<string, string>;
        try {
          other = read(lang, ns);
        } catch {
          missing.push(`${lang}/${ns}.json`);
          continue;
        }
        const otherBases = new Set(Object.keys(other).map(base));
        for (const key of Object.keys(en)) {
          if (!otherBases.has(base(key))) missing.push(`${lang}: ${key}`);
        }
        for (const [key, text] of Object.entries(other)) {
          const english = en[key] ?? en[`${base(key)}_other`];
          if (english === undefined) missing.push(`${lang}: ${key} is not an English key`);
          else expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(english));
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

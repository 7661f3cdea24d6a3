/**
 * A page that follows the observer's language choice while it is open: the words load before the
 * first render, and a new choice in the options reloads them and renders the page again at once.
 */
import { setupI18n, type Language } from './i18n';
import { uiLanguageItem } from './storage';

export async function renderInLanguage(namespaces: readonly string[], render: (lang: Language) => void): Promise<() => void> {
  const show = () =>
    setupI18n(namespaces)
      .catch((err) => {
        console.error('[i18n] words not loaded', err);
        return 'en' as const;
      })
      .then(render);
  await show();
  return uiLanguageItem.watch(() => void show());
}

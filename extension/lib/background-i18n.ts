/**
 * The background's words. It builds the messages the pages show (server errors, "no video found")
 * and keeps some in storage (the outbox's last error, the draft's notice), so it speaks the
 * observer's language too. English is bundled so that a message made in the first moments after a
 * wake-up never reads as a bare key; the chosen language loads at once and again when it changes.
 */
import backgroundEn from '../i18n/en/background.json';
import commonEn from '../i18n/en/common.json';
import { addFallbackMessages, setupI18n } from './i18n';
import { uiLanguageItem } from './storage';

/** Starts following the language choice; returns the stop function. */
export function startBackgroundWords(): () => void {
  addFallbackMessages({ ...commonEn, ...backgroundEn });
  const load = () => void setupI18n(['background'], null).catch((err) => console.error('[background] words not loaded', err));
  load();
  return uiLanguageItem.watch(load);
}

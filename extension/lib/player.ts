/**
 * Finding the player tab and asking its frames for the time (background side). Every frame of the
 * tab gets the question; only a frame with a <video> answers, and the first answer wins.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from './i18n';
import type { Envelope, PlayerLookup, PlayerTime } from './protocol';

export function isHttpUrl(url: string | undefined | null): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/**
 * The tab given by the panel's `?tabId=`, else the active http(s) tab of the last focused window,
 * else the most recently used http(s) tab (the panel itself may be the active tab).
 */
export async function findPlayerTab(tabId?: number): Promise<Browser.tabs.Tab | undefined> {
  if (tabId !== undefined) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab) return tab;
  }
  const active = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  const activeHttp = active.find((t) => isHttpUrl(t.url));
  if (activeHttp) return activeHttp;
  const all = await browser.tabs.query({});
  return all
    .filter((t) => isHttpUrl(t.url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function isPlayerTime(v: unknown): v is PlayerTime {
  return typeof v === 'object' && v !== null && typeof (v as PlayerTime).currentTime === 'number';
}

export async function lookupPlayerTime(tabId?: number): Promise<PlayerLookup> {
  const tab = await findPlayerTab(tabId);
  if (tab?.id === undefined) {
    return { ok: false, reason: 'no-tab', message: t('background.noTab') };
  }
  const question: Envelope<'player:time', Record<string, never>> = { type: 'player:time', payload: {} };
  // Rejects when no frame has the content script (a page outside the extension's sites).
  const answer: unknown = await browser.tabs.sendMessage(tab.id, question).catch(() => undefined);
  if (!isPlayerTime(answer)) {
    return { ok: false, reason: 'no-video', message: t('background.noVideo') };
  }
  return { ok: true, tabId: tab.id, url: isHttpUrl(tab.url) ? tab.url : null, time: answer };
}

/**
 * Playing the webcast from a moment (background side): seek a tab that already shows the
 * webcast, else open it in a new tab and seek there once its player has loaded.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { isHttpUrl } from './player';
import type { Envelope, PlayerOpenResult, PlayerTime } from './protocol';
import { deepLink, sameWebcast } from './webcast';

export interface OpenOptions {
  /** How long to wait for a new page's player before leaving it at the deep link. */
  loadTimeoutMs?: number;
  pollMs?: number;
}

function isPlayerTime(v: unknown): v is PlayerTime {
  return typeof v === 'object' && v !== null && typeof (v as PlayerTime).currentTime === 'number';
}

/** Asks the tab's frames to seek; true when a frame with a video did. */
async function seekTab(tabId: number, seconds: number): Promise<boolean> {
  const message: Envelope<'player:seek', { seconds: number }> = { type: 'player:seek', payload: { seconds } };
  const answer: unknown = await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  return isPlayerTime(answer);
}

/** The content script answers only once the page has loaded it, so ask until it does. */
async function seekWhenReady(tabId: number, seconds: number, { loadTimeoutMs = 10_000, pollMs = 400 }: OpenOptions): Promise<boolean> {
  const deadline = Date.now() + loadTimeoutMs;
  for (;;) {
    if (await seekTab(tabId, seconds)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export async function openWebcastAt(url: string, seconds: number, options: OpenOptions = {}): Promise<PlayerOpenResult> {
  if (!isHttpUrl(url) || !Number.isFinite(seconds) || seconds < 0) {
    return { ok: false, message: t('background.cannotOpen') };
  }
  const link = deepLink(url, seconds);
  const tabs = await browser.tabs.query({});
  const open = tabs
    .filter((t) => t.id !== undefined && sameWebcast(t.url, url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];

  if (open?.id !== undefined) {
    const tabId = open.id;
    await browser.tabs.update(tabId, { active: true });
    if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
    if (await seekTab(tabId, seconds)) return { ok: true, tabId, reused: true, seeked: true };
    // The page has no player we can reach (yet): load the deep link and try once it is there.
    await browser.tabs.update(tabId, { url: link });
    return { ok: true, tabId, reused: true, seeked: await seekWhenReady(tabId, seconds, options) };
  }

  const created = await browser.tabs.create({ url: link, active: true });
  if (created.id === undefined) return { ok: false, message: t('background.noTabOpened') };
  return { ok: true, tabId: created.id, reused: false, seeked: await seekWhenReady(created.id, seconds, options) };
}

/**
 * Page quotes in the page: the current selection as W3C selectors (for the background's "Quote"),
 * the in-page shortcut, and finding the page's saved quotes again to highlight them. Quotes are
 * only read and painted; the page's text is never changed (see highlight.ts for the one fallback).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchorQuote } from '../../../shared/anchoring/anchor';
import { describeQuote } from '../../../shared/anchoring/describe';
import { sendToBackground } from '../../lib/protocol';
import type { PageSelection } from '../../lib/quote-types';
import { clearMarks, highlight } from './highlight';
import { buildTextMap, offsetOf, rangeOf } from './text-map';

/** After the first pass, wait for the page to stop changing this long before one more try. */
const SETTLE_MS = 800;
const SETTLE_LIMIT_MS = 10_000;

/** The selection in this frame as selectors; null when nothing (or only form text) is selected. */
export function currentSelection(doc: Document = document): PageSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !doc.body) return null;
  const range = selection.getRangeAt(0);
  const map = buildTextMap(doc.body);
  const described = describeQuote(map.text, offsetOf(map, range.startContainer, range.startOffset), offsetOf(map, range.endContainer, range.endOffset));
  return described && { ...described, url: doc.location.href };
}

/** Finds the page's saved quotes, paints them, and tells the background which were not found. */
export async function showSavedQuotes(doc: Document = document): Promise<{ highlighted: string[]; missing: string[] }> {
  const url = doc.location.href;
  const { quotes } = await sendToBackground('quotes:page', { url });
  const result = { highlighted: [] as string[], missing: [] as string[] };
  if (quotes.length && doc.body) {
    clearMarks(doc);
    const map = buildTextMap(doc.body);
    const ranges: Range[] = [];
    for (const saved of quotes) {
      const anchor = anchorQuote(map.text, saved.quote, saved.position);
      const range = anchor && rangeOf(map, anchor.start, anchor.end);
      if (range) ranges.push(range);
      (range ? result.highlighted : result.missing).push(saved.id);
    }
    highlight(doc, ranges);
  }
  // Also with no quotes: the tab's report from its previous page must not linger in the side panel.
  await sendToBackground('quotes:report', { url, ...result });
  return result;
}

/** Alt+Shift+Q: the page's own shortcut for "Quote", where our content script runs. */
export function isQuoteKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyQ';
}

export function startQuotes(ctx: ContentScriptContext): void {
  const top = window === window.top;
  const refresh = () => showSavedQuotes().catch((err) => console.warn('[quotes] not re-anchored', err));

  const onKey = (e: KeyboardEvent) => {
    if (!isQuoteKey(e)) return;
    const selection = currentSelection();
    if (!selection) return;
    e.preventDefault();
    void sendToBackground('quotes:capture', { selection }).catch((err) => console.warn('[quotes] not captured', err));
  };
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: { always?: unknown } };
    if (type === 'quote:selectors') {
      const selection = currentSelection();
      // Frames without a selection stay silent unless asked by id, so the one with it answers.
      if (!selection && payload?.always !== true) return false;
      sendResponse(selection);
      return false;
    }
    if (type === 'quotes:refresh' && top) {
      void refresh().then(() => sendResponse({ ok: true }));
      return true;
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  if (!top) return;
  void refresh().then((first) => {
    // Pages that fill themselves in after load: once they settle, missing quotes get one more try.
    if (!first || first.missing.length === 0) return;
    let timer = 0;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => (observer.disconnect(), void refresh()), SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(() => observer.disconnect(), SETTLE_LIMIT_MS);
    ctx.onInvalidated(() => observer.disconnect());
  });
}

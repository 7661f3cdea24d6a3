/**
 * Page quotes, background side: the "Quote" context menu item and command, asking the frame for
 * its selection's selectors, the fallbacks where no content script runs (another site, a PDF),
 * the speaker (the side panel draft's, else the quote waits in `local:pendingQuotes`), the outbox,
 * and the per-page memory the content script re-anchors from.
 */
import { browser } from 'wxt/browser';
import { PageClipSchema, type ClipInput } from '../../shared/schemas';
import { setupI18n, t } from './i18n';
import type { AllHandlers, Envelope, OutboxSummary } from './protocol';
import type { PageQuotes, PageSelection, PendingQuote, QuoteCaptureResult, SavedQuote } from './quote-types';
import { draftItem, pageQuotesItem, pendingQuotesItem, quoteReportsItem, selectedDialogueIdItem } from './storage';

export const QUOTE_MENU_ID = 'udc-quote';
export const QUOTE_COMMAND = 'quote-selection';
/** Bounds of the per-page memory: pages kept (least recently used go first), quotes per page. */
export const MAX_QUOTE_PAGES = 200;
export const MAX_QUOTES_PER_PAGE = 100;
const MAX_REPORTS = 50;
const REPEAT_MS = 2_000;

export interface QuoteDeps {
  addClip(clip: ClipInput): Promise<OutboxSummary>;
  now?: () => number;
  uuid?: () => string;
}

type QuoteHandlers = Pick<AllHandlers, 'quotes:page' | 'quotes:report' | 'quotes:capture' | 'quotes:assign'>;

/** A page's address for its quotes: the fragment only scrolls, it is not another page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

const isHttp = (url: string | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);

function isSelection(v: unknown): v is PageSelection {
  const s = v as PageSelection | null;
  return typeof s === 'object' && s !== null && typeof s.url === 'string' && typeof s.quote?.exact === 'string' && s.quote.exact.length > 0;
}

/** Menu API: `contextMenus` in Chromium, `menus` in Firefox (which also answers to the former). */
function menusApi() {
  const b = browser as unknown as { contextMenus?: typeof browser.contextMenus; menus?: typeof browser.contextMenus };
  return b.contextMenus ?? b.menus;
}

export function startQuotes(deps: QuoteDeps): { handlers: QuoteHandlers; stop(): void } {
  const now = deps.now ?? Date.now;
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  // The menu title and the messages this module writes are in the observer's language.
  const words = setupI18n(['quotes'], null).catch((err) => console.warn('[quotes] words not loaded', err));
  // Read-modify-write of the quote items, one at a time within this worker.
  let lock: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn);
    lock = run.catch(() => undefined);
    return run;
  };

  async function remember(url: string, saved: SavedQuote): Promise<void> {
    const key = pageKey(url);
    const pages = { ...(await pageQuotesItem.getValue()) };
    const quotes = [...(pages[key]?.quotes ?? []).filter((q) => q.id !== saved.id), saved].slice(-MAX_QUOTES_PER_PAGE);
    pages[key] = { quotes, usedAt: now() };
    const keep = Object.entries(pages)
      .sort(([, a], [, b]) => b.usedAt - a.usedAt)
      .slice(0, MAX_QUOTE_PAGES);
    await pageQuotesItem.setValue(Object.fromEntries(keep) as Record<string, PageQuotes>);
  }

  /** Saves the quote as a page clip when speaker and dialogue are known; else keeps it pending. */
  async function file(pending: PendingQuote, speaker: string): Promise<QuoteCaptureResult> {
    const candidate = {
      id: pending.id,
      kind: 'page' as const,
      dialogueId: pending.dialogueId,
      speaker: speaker.trim(),
      url: pending.url,
      quote: pending.quote,
      position: pending.position,
      tags: [],
      note: '',
      channel: 'floor',
      capturedAt: pending.capturedAt,
    };
    if (!candidate.speaker || !candidate.dialogueId) {
      const list = await pendingQuotesItem.getValue();
      if (!list.some((q) => q.id === pending.id)) await pendingQuotesItem.setValue([...list, pending]);
      return { ok: true, id: pending.id, state: 'needs-speaker' };
    }
    const parsed = PageClipSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, message: t('quotes.invalid', { reason: `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() }) };
    }
    // Outbox first: if the worker dies in between, the quote is in both and the outbox ignores a re-add.
    await deps.addClip(parsed.data);
    const list = await pendingQuotesItem.getValue();
    if (list.some((q) => q.id === pending.id)) await pendingQuotesItem.setValue(list.filter((q) => q.id !== pending.id));
    return { ok: true, id: pending.id, state: 'saved' };
  }

  // The same selection quoted twice within a moment is one quote: a bound command key may reach
  // both the browser (quote-selection) and the page (Alt+Shift+Q), or a key is pressed twice.
  let last: { key: string; at: number; result: QuoteCaptureResult } | null = null;

  async function capture(selection: PageSelection, tabId: number | undefined): Promise<QuoteCaptureResult> {
    await words;
    const url = pageKey(selection.url);
    if (!isHttp(url)) return { ok: false, message: t('quotes.notWebPage') };
    const key = JSON.stringify([url, selection.quote, selection.position]);
    const result = await serial(async () => {
      if (last && last.key === key && now() - last.at < REPEAT_MS && last.result.ok) return last.result;
      const [draft, dialogueId] = await Promise.all([draftItem.getValue(), selectedDialogueIdItem.getValue()]);
      const pending: PendingQuote = {
        id: uuid(),
        url,
        dialogueId,
        quote: selection.quote,
        position: selection.position,
        capturedAt: new Date(now()).toISOString(),
      };
      const filed = await file(pending, draft.speaker);
      if (filed.ok) await remember(url, { id: pending.id, quote: pending.quote, position: pending.position, savedAt: now() });
      last = { key, at: now(), result: filed };
      return filed;
    });
    if (!result.ok) await notify(result.message);
    if (result.ok && tabId !== undefined) void askFrame(tabId, 0, 'quotes:refresh', {}).catch(() => undefined);
    return result;
  }

  /** Shows a capture problem where the observer looks: the side panel's notice line. */
  async function notify(message: string): Promise<void> {
    await draftItem.setValue({ ...(await draftItem.getValue()), notice: message });
  }

  function askFrame(tabId: number, frameId: number | undefined, type: string, payload: unknown): Promise<unknown> {
    const message: Envelope = { type, payload };
    return frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
  }

  /**
   * The selection of the tab's frame: from our content script; else (a site outside our hosts, the
   * click granted activeTab) from the content script injected just now; else the browser's
   * `selectionText` alone (a PDF in the browser's viewer, where no script runs).
   */
  async function selectionOf(tab: { id?: number; url?: string }, frameId: number | undefined, pageUrl: string | undefined, selectionText: string | undefined): Promise<PageSelection | null> {
    if (tab.id === undefined) return null;
    const ask = () => askFrame(tab.id!, frameId, 'quote:selectors', { always: frameId !== undefined }).catch(() => undefined);
    let answer = await ask();
    if (!isSelection(answer) && answer === undefined && frameId !== undefined && (await mayInject(pageUrl ?? tab.url))) {
      const injected = await browser.scripting
        .executeScript({ target: { tabId: tab.id, frameIds: [frameId] }, files: ['/content-scripts/content.js'] })
        .then(() => true, () => false);
      if (injected) answer = await ask();
    }
    if (isSelection(answer)) return answer;
    const text = selectionText?.trim();
    const url = pageUrl ?? tab.url;
    if (!text || !url) return null;
    return { url, quote: { exact: text, prefix: '', suffix: '' }, position: null };
  }

  /** Inject only where our own content script does not already run (hosts we were not granted). */
  async function mayInject(url: string | undefined): Promise<boolean> {
    if (!isHttp(url) || !browser.scripting?.executeScript || /\.pdf($|[?#])/i.test(url)) return false;
    const origin = `${new URL(url).origin}/*`;
    return !(await browser.permissions.contains({ origins: [origin] }).catch(() => false));
  }

  async function quoteFromTab(tab: { id?: number; url?: string } | undefined, frameId: number | undefined, pageUrl: string | undefined, selectionText: string | undefined) {
    if (!tab) return;
    await words;
    const selection = await selectionOf(tab, frameId, pageUrl, selectionText);
    if (!selection) {
      await notify(t('quotes.noSelection'));
      return;
    }
    await capture(selection, tab.id);
  }

  const handlers: QuoteHandlers = {
    'quotes:page': async ({ url }) => {
      const page = (await pageQuotesItem.getValue())[pageKey(url)];
      return { quotes: page?.quotes ?? [] };
    },
    'quotes:report': async ({ url, highlighted, missing }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: true };
      const page = (await pageQuotesItem.getValue())[pageKey(url)];
      const byId = new Map((page?.quotes ?? []).map((q) => [q.id, q]));
      await serial(async () => {
        const reports = { ...(await quoteReportsItem.getValue()) };
        if (highlighted.length + missing.length === 0) {
          if (!(String(tabId) in reports)) return;
          delete reports[String(tabId)];
          await quoteReportsItem.setValue(reports);
          return;
        }
        reports[String(tabId)] = {
          url: pageKey(url),
          highlighted: highlighted.length,
          missing: missing.flatMap((id) => (byId.has(id) ? [{ id, exact: byId.get(id)!.quote.exact }] : [])),
          at: now(),
        };
        const keep = Object.entries(reports).sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_REPORTS);
        await quoteReportsItem.setValue(Object.fromEntries(keep));
      });
      return { ok: true };
    },
    'quotes:capture': ({ selection }, sender) =>
      isSelection(selection) ? capture(selection, sender.tab?.id) : Promise.resolve({ ok: false, message: t('quotes.noSelection') }),
    'quotes:assign': ({ id, speaker }) =>
      serial(async () => {
        await words;
        const pending = (await pendingQuotesItem.getValue()).find((q) => q.id === id);
        if (!pending) return { ok: false, message: t('quotes.gone') };
        if (!speaker.trim()) return { ok: false, message: t('quotes.speakerMissing') };
        const dialogueId = pending.dialogueId || (await selectedDialogueIdItem.getValue());
        if (!dialogueId) return { ok: false, message: t('quotes.dialogueMissing') };
        return file({ ...pending, dialogueId }, speaker);
      }),
  };

  const stops: (() => void)[] = [];
  const menus = menusApi();
  const onClicked = (info: { menuItemId: string | number; frameId?: number; frameUrl?: string; pageUrl?: string; selectionText?: string }, tab?: { id?: number; url?: string }) => {
    if (info.menuItemId !== QUOTE_MENU_ID) return;
    void quoteFromTab(tab, info.frameId, info.frameUrl ?? info.pageUrl, info.selectionText).catch((err) => console.error('[quotes] capture failed', err));
  };
  if (menus?.onClicked) {
    menus.onClicked.addListener(onClicked);
    stops.push(() => menus.onClicked.removeListener(onClicked));
    // Menus outlive the worker in Chromium; removing first avoids a duplicate-id error on each wake-up.
    void words
      .then(() => menus.removeAll())
      .then(() => menus.create({ id: QUOTE_MENU_ID, title: t('quotes.menu'), contexts: ['selection'] }))
      .catch((err) => console.warn('[quotes] menu not created', err));
  }
  const onCommand = (command: string, tab?: { id?: number; url?: string }) => {
    if (command !== QUOTE_COMMAND) return;
    void quoteFromTab(tab, undefined, tab?.url, undefined).catch((err) => console.error('[quotes] capture failed', err));
  };
  if (browser.commands?.onCommand) {
    browser.commands.onCommand.addListener(onCommand);
    stops.push(() => browser.commands.onCommand.removeListener(onCommand));
  }
  return { handlers, stop: () => stops.forEach((stop) => stop()) };
}

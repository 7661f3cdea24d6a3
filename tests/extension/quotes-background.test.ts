// @vitest-environment node
// The background's "Quote": from the context menu, the command and the in-page shortcut, with and
// without a content script in the page, from a PDF, and with no speaker yet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOutbox } from '../../extension/lib/outbox';
import type { PageSelection } from '../../extension/lib/quote-types';
import { MAX_QUOTE_PAGES, QUOTE_COMMAND, QUOTE_MENU_ID, startQuotes } from '../../extension/lib/quotes';
import {
  draftItem,
  EMPTY_DRAFT,
  pageQuotesItem,
  pendingQuotesItem,
  quoteReportsItem,
  selectedDialogueIdItem,
  settingsItem,
} from '../../extension/lib/storage';
import { DIALOGUE, fakeEvent, outboxEntries, until } from './helpers/fixtures';

const PAGE = 'https://www.unodc.org/unodc/en/treaties/CTOC/statement-brazil.html';
const TAB = { id: 7, url: `${PAGE}#para-3` };
const SELECTION: PageSelection = {
  url: `${PAGE}#para-3`,
  quote: { exact: 'Brazil supports the review mechanism', prefix: 'In closing, ', suffix: ' and its country visits.' },
  position: { start: 120, end: 156 },
};

let stop: (() => void) | undefined;
let api: ReturnType<typeof stubs>;

function stubs() {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const menus = { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: fakeEvent() };
  b.contextMenus = menus;
  const onCommand = fakeEvent();
  b.commands!.onCommand = onCommand;
  const sendMessage = vi.fn(async (_tabId: number, _message: unknown, _options?: unknown): Promise<unknown> => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  b.tabs!.sendMessage = sendMessage;
  const executeScript = vi.fn(async (_details: unknown) => [] as unknown[]);
  b.scripting!.executeScript = executeScript;
  const contains = vi.fn(async (_p: { origins?: string[] }) => false);
  b.permissions!.contains = contains;
  return { menus, onCommand, sendMessage, executeScript, contains };
}

function start() {
  const quotes = startQuotes({ addClip: (clip) => createOutbox().add(clip), now: () => Date.parse('2026-06-03T14:05:00Z') });
  stop = quotes.stop;
  return quotes;
}

const click = (info: Record<string, unknown>, tab = TAB) =>
  api.menus.onClicked.trigger({ menuItemId: QUOTE_MENU_ID, frameId: 0, pageUrl: TAB.url, ...info }, tab);

/** Answers the frame's selectors question (and the refresh) like the content script. */
function contentScriptAnswers(selection: PageSelection | null) {
  api.sendMessage.mockImplementation(async (_tab, message) => {
    const type = (message as { type: string }).type;
    return type === 'quote:selectors' ? selection : { ok: true };
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  api = stubs();
  // No token: the outbox keeps what it gets, nothing is sent.
  await settingsItem.setValue({ serverUrl: 'http://127.0.0.1:1', token: '' });
  await selectedDialogueIdItem.setValue(DIALOGUE.id);
  await draftItem.setValue({ ...EMPTY_DRAFT, speaker: 'Brazil' });
});
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('the Quote menu item', () => {
  it('is offered on selections, titled in the observer language', async () => {
    start();
    await until(async () => api.menus.create.mock.calls.length > 0, 'the menu item');
    expect(api.menus.removeAll).toHaveBeenCalled();
    expect(api.menus.create).toHaveBeenCalledWith({ id: QUOTE_MENU_ID, title: 'Quote', contexts: ['selection'] });
  });

  it('saves the frame selectors as a page clip with the draft speaker, and remembers it for the page', async () => {
    start();
    contentScriptAnswers(SELECTION);
    await click({ frameId: 3, selectionText: 'Brazil supports the review mechanism' });
    await until(async () => (await outboxEntries()).length === 1, 'the clip in the outbox');

    const [entry] = await outboxEntries();
    expect(entry!.clip).toMatchObject({
      kind: 'page',
      dialogueId: DIALOGUE.id,
      speaker: 'Brazil',
      url: PAGE,
      quote: SELECTION.quote,
      position: SELECTION.position,
    });
    expect(api.sendMessage).toHaveBeenCalledWith(TAB.id, { type: 'quote:selectors', payload: { always: true } }, { frameId: 3 });
    expect(api.executeScript).not.toHaveBeenCalled();
    const remembered = (await pageQuotesItem.getValue())[PAGE]!.quotes;
    expect(remembered).toEqual([expect.objectContaining({ id: entry!.clip.id, quote: SELECTION.quote })]);
    // The page highlights the new quote at once.
    await until(async () => api.sendMessage.mock.calls.some(([, m]) => (m as { type: string }).type === 'quotes:refresh'), 'a refresh');
  });

  it('injects the content script into a page outside our hosts (the click granted activeTab), then asks again', async () => {
    start();
    const elsewhere = { id: 9, url: 'https://www.gov.example/statement' };
    let injected = false;
    api.executeScript.mockImplementation(async () => ((injected = true), []));
    api.sendMessage.mockImplementation(async (_tab, message) => {
      if (!injected) throw new Error('Receiving end does not exist.');
      return (message as { type: string }).type === 'quote:selectors' ? { ...SELECTION, url: elsewhere.url } : { ok: true };
    });
    await click({ frameId: 0, pageUrl: elsewhere.url, selectionText: SELECTION.quote.exact }, elsewhere);
    await until(async () => (await outboxEntries()).length === 1, 'the clip in the outbox');

    expect(api.contains).toHaveBeenCalledWith({ origins: ['https://www.gov.example/*'] });
    expect(api.executeScript).toHaveBeenCalledWith({ target: { tabId: 9, frameIds: [0] }, files: ['/content-scripts/content.js'] });
    expect((await outboxEntries())[0]!.clip).toMatchObject({ url: elsewhere.url, quote: SELECTION.quote, position: SELECTION.position });
  });

  it('falls back to the selected text alone where no script can run', async () => {
    start();
    api.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    await click({ frameId: 0, selectionText: '  the review mechanism\n' });
    await until(async () => (await outboxEntries()).length === 1, 'the clip in the outbox');
    expect((await outboxEntries())[0]!.clip).toMatchObject({
      url: PAGE,
      quote: { exact: 'the review mechanism', prefix: '', suffix: '' },
      position: null,
    });
  });

  it('captures the selected text and URL of a PDF in the browser viewer', async () => {
    start();
    const pdf = { id: 11, url: 'https://www.unodc.org/documents/treaties/CTOC_COP_WG.11_2026_2.pdf' };
    await click({ frameId: 0, pageUrl: pdf.url, selectionText: 'States parties are encouraged to share data.' }, pdf);
    await until(async () => (await outboxEntries()).length === 1, 'the clip in the outbox');
    expect(api.executeScript).not.toHaveBeenCalled();
    expect((await outboxEntries())[0]!.clip).toMatchObject({
      kind: 'page',
      url: pdf.url,
      speaker: 'Brazil',
      quote: { exact: 'States parties are encouraged to share data.', prefix: '', suffix: '' },
      position: null,
    });
  });

  it('keeps a quote without a speaker waiting, then saves it with the one the observer adds', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, speaker: '  ' });
    const quotes = start();
    contentScriptAnswers(SELECTION);
    await click({ selectionText: SELECTION.quote.exact });
    await until(async () => (await pendingQuotesItem.getValue()).length === 1, 'a pending quote');
    expect(await outboxEntries()).toEqual([]);
    const [pending] = await pendingQuotesItem.getValue();
    expect(pending).toMatchObject({ url: PAGE, dialogueId: DIALOGUE.id, quote: SELECTION.quote });

    const sender = {};
    expect(await quotes.handlers['quotes:assign']({ id: pending!.id, speaker: ' ' }, sender)).toEqual({ ok: false, message: 'Type who said it first.' });
    expect(await pendingQuotesItem.getValue()).toHaveLength(1);

    expect(await quotes.handlers['quotes:assign']({ id: pending!.id, speaker: 'Chile' }, sender)).toEqual({ ok: true, id: pending!.id, state: 'saved' });
    expect(await pendingQuotesItem.getValue()).toEqual([]);
    const entries = await outboxEntries();
    expect(entries.map((e) => [e.clip.id, e.clip.speaker])).toEqual([[pending!.id, 'Chile']]);
    // Saving it again finds nothing waiting and adds nothing.
    expect((await quotes.handlers['quotes:assign']({ id: pending!.id, speaker: 'Chile' }, sender)).ok).toBe(false);
    expect(await outboxEntries()).toHaveLength(1);
  });

  it('keeps a quote taken before any dialogue was chosen waiting, and files it under the one chosen later', async () => {
    await selectedDialogueIdItem.setValue('');
    const quotes = start();
    const res = await quotes.handlers['quotes:capture']({ selection: SELECTION }, {});
    expect(res).toMatchObject({ ok: true, state: 'needs-speaker' });
    const id = res.ok ? res.id : '';
    expect(await quotes.handlers['quotes:assign']({ id, speaker: 'Brazil' }, {})).toEqual({ ok: false, message: 'Choose a dialogue first.' });
    await selectedDialogueIdItem.setValue(DIALOGUE.id);
    expect(await quotes.handlers['quotes:assign']({ id, speaker: 'Brazil' }, {})).toMatchObject({ ok: true, state: 'saved' });
    expect((await outboxEntries()).map((e) => e.clip.dialogueId)).toEqual([DIALOGUE.id]);
  });

  it('tells the side panel when there is nothing to quote', async () => {
    start();
    await click({ selectionText: undefined, pageUrl: undefined }, { id: 5, url: undefined as unknown as string });
    await until(async () => (await draftItem.getValue()).notice !== null, 'a notice');
    expect((await draftItem.getValue()).notice).toBe('Select some text on the page first, then choose Quote.');
    expect(await outboxEntries()).toEqual([]);
  });
});

describe('the quote command and the in-page shortcut', () => {
  it('the command asks every frame; the one with a selection answers', async () => {
    start();
    api.sendMessage.mockImplementation(async (_tab, message, options) => {
      expect(options).toBeUndefined();
      return (message as { type: string }).type === 'quote:selectors' ? SELECTION : { ok: true };
    });
    await api.onCommand.trigger(QUOTE_COMMAND, TAB);
    await until(async () => (await outboxEntries()).length === 1, 'the clip in the outbox');
    expect(api.sendMessage.mock.calls[0]![1]).toEqual({ type: 'quote:selectors', payload: { always: false } });
  });

  it('one selection quoted by the command and the page key at once is one quote', async () => {
    const quotes = start();
    const [a, b] = await Promise.all([
      quotes.handlers['quotes:capture']({ selection: SELECTION }, {}),
      quotes.handlers['quotes:capture']({ selection: SELECTION }, {}),
    ]);
    expect(a).toEqual(b);
    expect(await outboxEntries()).toHaveLength(1);
    // Another selection is another quote.
    await quotes.handlers['quotes:capture']({ selection: { ...SELECTION, position: { start: 500, end: 536 } } }, {});
    expect(await outboxEntries()).toHaveLength(2);
  });

  it('the in-page shortcut sends its selection; a non-web page is refused with a reason', async () => {
    const quotes = start();
    const res = await quotes.handlers['quotes:capture']({ selection: SELECTION }, { tab: { id: 7 } as never });
    expect(res).toMatchObject({ ok: true, state: 'saved' });
    const refused = await quotes.handlers['quotes:capture']({ selection: { ...SELECTION, url: 'file:///statement.html' } }, {});
    expect(refused).toEqual({ ok: false, message: 'Only quotes from web pages (http or https) can be saved.' });
    expect(await outboxEntries()).toHaveLength(1);
  });
});

describe('re-anchoring memory', () => {
  it('answers a page its quotes whatever its #fragment, and keeps the report of what was not found', async () => {
    const quotes = start();
    const saved = await quotes.handlers['quotes:capture']({ selection: SELECTION }, {});
    const id = saved.ok ? saved.id : '';
    expect((await quotes.handlers['quotes:page']({ url: `${PAGE}#top` }, {})).quotes.map((q) => q.id)).toEqual([id]);
    expect((await quotes.handlers['quotes:page']({ url: 'https://www.unodc.org/other' }, {})).quotes).toEqual([]);

    await quotes.handlers['quotes:report']({ url: `${PAGE}#top`, highlighted: [], missing: [id] }, { tab: { id: 7 } as never });
    expect((await quoteReportsItem.getValue())['7']).toMatchObject({ url: PAGE, highlighted: 0, missing: [{ id, exact: SELECTION.quote.exact }] });
    // The tab moves on to a page without quotes: its report goes.
    await quotes.handlers['quotes:report']({ url: 'https://www.unodc.org/other', highlighted: [], missing: [] }, { tab: { id: 7 } as never });
    expect(await quoteReportsItem.getValue()).toEqual({});
  });

  it('forgets the least recently used pages beyond its bound', async () => {
    let clock = 0;
    const quotes = startQuotes({ addClip: async () => ({ waiting: 0, failed: 0 }), now: () => ++clock });
    stop = quotes.stop;
    for (let i = 0; i <= MAX_QUOTE_PAGES; i++) {
      await quotes.handlers['quotes:capture']({ selection: { ...SELECTION, url: `${PAGE}?p=${i}` } }, {});
    }
    const pages = await pageQuotesItem.getValue();
    expect(Object.keys(pages)).toHaveLength(MAX_QUOTE_PAGES);
    expect(pages[`${PAGE}?p=0`]).toBeUndefined();
    expect(pages[`${PAGE}?p=${MAX_QUOTE_PAGES}`]).toBeDefined();
  });
});

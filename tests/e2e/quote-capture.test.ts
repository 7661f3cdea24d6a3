// Page quotes in real Chromium: select text on a statement page, quote it with the in-page shortcut
// (Alt+Shift+Q; a headless browser cannot click a context menu item), see the page clip reach the
// server with its TextQuote and TextPosition selectors, then revisit the page after it was
// republished changed: the quote is found again (fuzzily) and highlighted, and the one whose text
// is gone is listed in the side panel as not found.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../../scripts/lib/api.mjs';
import { DROPPED_QUOTE, KEPT_QUOTE, KEPT_QUOTE_V2 } from './fixtures/statement';
import { setupE2e, type E2e } from './harness';
import { configureExtension, eventually, extensionStorage, input, openSidePanel, screenshotPath, seriousViolations, tabIdOf } from './helpers';

let e2e: E2e;

beforeAll(async () => {
  e2e = await setupE2e('quotes');
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

interface ClipRow {
  kind: string;
  url: string | null;
  speaker: string;
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number | null;
  positionEnd: number | null;
}

async function pageClips(): Promise<ClipRow[]> {
  const backup = (await api(e2e.serverUrl, '/backup', { token: e2e.token })) as { clips: ClipRow[] };
  return backup.clips.filter((c) => c.kind === 'page');
}

/** Selects `text` in the page the way a mouse drag would leave it. */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in the page`);
  }, text);
}

/** The page's text as the content script reads it: text nodes outside scripts, whitespace runs as one space. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|OPTION)$/.test(n.parentElement?.tagName ?? '') ? 2 : 1),
    });
    let raw = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) raw += (node as Text).data;
    return raw.replace(/\s+/g, ' ').replace(/^ /, '');
  });
}

/** What the CSS Custom Highlight API paints for our quotes, read from the page itself. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(registry?.get('udc-quote') ?? [])].map((range) => range.toString().replace(/\s+/g, ' '));
  });
}

describe('quoting a statement page', () => {
  it('captures two quotes with the in-page shortcut; each reaches the server with its selectors', async () => {
    await configureExtension(e2e);
    const panel = await openSidePanel(e2e);
    await input(panel, 'Speaker').fill('Brazil');
    await eventually(async () => {
      const draft = (await extensionStorage(e2e)).draft as { speaker?: string } | undefined;
      if (draft?.speaker !== 'Brazil') throw new Error(`draft speaker is ${draft?.speaker}`);
    }, { what: 'the draft speaker to be saved' });

    const page = await e2e.context.newPage();
    await page.goto(e2e.fixtures.statementUrl);
    for (const quote of [KEPT_QUOTE, DROPPED_QUOTE]) {
      await selectText(page, quote);
      await page.keyboard.press('Alt+Shift+KeyQ');
      await eventually(async () => {
        const clips = await pageClips();
        if (!clips.some((c) => c.quoteExact === quote)) throw new Error(`server has ${JSON.stringify(clips.map((c) => c.quoteExact))}`);
      }, { timeout: 30_000, what: `the quote "${quote.slice(0, 30)}…" on the server` });
    }

    const text = await pageText(page);
    const clips = await pageClips();
    expect(clips).toHaveLength(2);
    for (const clip of clips) {
      expect(clip).toMatchObject({ url: e2e.fixtures.statementUrl, speaker: 'Brazil' });
      // TextPositionSelector: the offsets hold the quote in the page's text.
      expect(text.slice(clip.positionStart!, clip.positionEnd!)).toBe(clip.quoteExact);
      // TextQuoteSelector: 32 characters either side.
      expect(clip.quotePrefix).toHaveLength(32);
      expect(text.slice(clip.positionStart! - 32, clip.positionStart!)).toBe(clip.quotePrefix);
      expect(text.slice(clip.positionEnd!, clip.positionEnd! + clip.quoteSuffix!.length)).toBe(clip.quoteSuffix);
      expect(clip.quoteSuffix!.length).toBeGreaterThan(0);
    }
    // The page shows what was just quoted.
    await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining([KEPT_QUOTE, DROPPED_QUOTE]));
    await page.close();
    await panel.close();
  });

  it('after the page changed, re-anchors the quote it still holds and lists the one it lost', async () => {
    e2e.fixtures.setStatementVersion(2);
    const page = await e2e.context.newPage();
    await page.goto(e2e.fixtures.statementUrl);
    expect(await pageText(page)).not.toContain(KEPT_QUOTE);

    // Fuzzy: "strongly" became "firmly", and a paragraph before it moved every offset.
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual([KEPT_QUOTE_V2]);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.screenshot({ path: screenshotPath('quote-highlighted.png') });

    const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.statementUrl));
    await expect.poll(() => panel.getByTestId('quotes-highlighted').textContent()).toBe('1 saved quote is highlighted on this page.');
    const missing = panel.getByTestId('quotes-missing');
    await expect.poll(() => missing.locator('li').allTextContents()).toEqual([DROPPED_QUOTE]);
    await panel.getByRole('heading', { name: 'Page quotes' }).scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-quotes.png'), fullPage: true });
    await panel.close();
    await page.close();
  });

  it('finds the quotes of a page that writes its text after loading, once it settles', async () => {
    e2e.fixtures.setStatementVersion('late');
    const page = await e2e.context.newPage();
    await page.goto(e2e.fixtures.statementUrl);
    expect(await pageText(page)).not.toContain('Brazil firmly');
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual([KEPT_QUOTE_V2]);
    await page.close();
    e2e.fixtures.setStatementVersion(2);
  });

  it('keeps a quote taken with no speaker waiting in the side panel, and saves it once one is named', async () => {
    const page = await e2e.context.newPage();
    await page.goto(e2e.fixtures.statementUrl);
    const panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.statementUrl));
    await input(panel, 'Speaker').fill('');
    await eventually(async () => {
      const draft = (await extensionStorage(e2e)).draft as { speaker?: string } | undefined;
      if (draft?.speaker !== '') throw new Error(`draft speaker is ${draft?.speaker}`);
    }, { what: 'the draft speaker to be cleared' });

    const quote = 'We thank the civil society organizations present for their contributions';
    await selectText(page, quote);
    await page.keyboard.press('Alt+Shift+KeyQ');
    const waiting = panel.getByTestId('quotes-pending');
    await expect.poll(() => waiting.locator('blockquote').allTextContents()).toEqual([quote]);
    expect((await pageClips()).map((c) => c.quoteExact)).not.toContain(quote);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('heading', { name: 'Page quotes' }).scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-quote-waiting.png'), fullPage: true });

    // Save without a name: refused, still waiting. Then named: on its way to the server.
    await waiting.getByRole('button', { name: 'Save quote' }).click();
    await expect.poll(() => waiting.getByRole('alert').textContent()).toBe('Type who said it first.');
    await waiting.getByLabel('Who said it').fill('Brazil');
    await waiting.getByRole('button', { name: 'Save quote' }).click();
    await expect.poll(() => panel.getByTestId('quotes-pending').count()).toBe(0);
    await eventually(async () => {
      const clip = (await pageClips()).find((c) => c.quoteExact === quote);
      if (!clip) throw new Error('not on the server yet');
      expect(clip).toMatchObject({ speaker: 'Brazil', url: e2e.fixtures.statementUrl });
      expect(clip.positionStart).not.toBeNull();
    }, { timeout: 30_000, what: 'the named quote on the server' });
    await panel.close();
    await page.close();
  });
});

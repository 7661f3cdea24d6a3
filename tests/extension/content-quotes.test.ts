// The content script's side of page quotes, in happy-dom: the page text map, selectors from a DOM
// selection, and re-anchoring with highlights (happy-dom has no CSS.highlights: the <mark> fallback).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentSelection, isQuoteKey, showSavedQuotes } from '../../extension/entrypoints/content/quotes';
import { buildTextMap, offsetOf, rangeOf } from '../../extension/entrypoints/content/text-map';
import { onMessage } from '../../extension/lib/protocol';
import type { SavedQuote } from '../../extension/lib/quote-types';

const STATEMENT = `
  <h1>Statement by   Brazil</h1>
  <script>var ignored = "not text";</script>
  <p>Thank you, Chair.
     Brazil <em>strongly</em> supports the review mechanism and its country visits.</p>
  <p>We call on all States parties to share data on firearms trafficking.</p>`;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = STATEMENT;
});
afterEach(() => document.body.replaceChildren());

function select(from: string, to: string) {
  const map = buildTextMap(document.body);
  const start = map.text.indexOf(from);
  const range = rangeOf(map, start, map.text.indexOf(to) + to.length)!;
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('the page text map', () => {
  it('reads whitespace runs as one space and leaves scripts out', () => {
    expect(buildTextMap(document.body).text).toBe(
      'Statement by Brazil Thank you, Chair. Brazil strongly supports the review mechanism and its country visits. We call on all States parties to share data on firearms trafficking.',
    );
  });

  it('turns offsets into DOM ranges and back, across elements', () => {
    const map = buildTextMap(document.body);
    const start = map.text.indexOf('Brazil strongly');
    const end = map.text.indexOf(' and its');
    const range = rangeOf(map, start, end)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('Brazil strongly supports the review mechanism');
    expect(offsetOf(map, range.startContainer, range.startOffset)).toBe(start);
    expect(offsetOf(map, range.endContainer, range.endOffset)).toBe(end);
    // An element boundary maps to the text that follows it.
    const em = document.querySelector('em')!;
    expect(offsetOf(map, em, 0)).toBe(map.text.indexOf('strongly'));
  });
});

describe('quoting the selection', () => {
  it('describes it with W3C selectors', () => {
    select('Brazil strongly', 'visits.');
    const selection = currentSelection()!;
    const text = buildTextMap(document.body).text;
    expect(selection.quote).toEqual({
      exact: 'Brazil strongly supports the review mechanism and its country visits.',
      prefix: text.slice(text.indexOf('Brazil strongly') - 32, text.indexOf('Brazil strongly')),
      suffix: ' We call on all States parties t',
    });
    expect(text.slice(selection.position!.start, selection.position!.end)).toBe(selection.quote.exact);
    expect(selection.url).toBe(location.href);
  });

  it('has nothing to quote without a selection', () => {
    document.getSelection()!.removeAllRanges();
    expect(currentSelection()).toBeNull();
  });

  it('knows its shortcut, Alt+Shift+Q', () => {
    expect(isQuoteKey(new KeyboardEvent('keydown', { code: 'KeyQ', altKey: true, shiftKey: true }))).toBe(true);
    expect(isQuoteKey(new KeyboardEvent('keydown', { code: 'KeyQ', altKey: true }))).toBe(false);
  });
});

describe('finding saved quotes again', () => {
  it('reports a page without quotes too, and paints nothing', async () => {
    const reports: unknown[] = [];
    const stop = onMessage({
      'quotes:page': async () => ({ quotes: [] }),
      'quotes:report': async (report) => (reports.push(report), { ok: true }),
    });
    expect(await showSavedQuotes()).toEqual({ highlighted: [], missing: [] });
    stop();
    expect(reports).toEqual([{ url: location.href, highlighted: [], missing: [] }]);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('highlights the quotes the changed page still holds and reports the one it lost', async () => {
    select('Brazil strongly', 'visits.');
    const kept = currentSelection()!;
    select('share data', 'trafficking.');
    const lost = currentSelection()!;
    const saved: SavedQuote[] = [
      { id: 'kept', quote: kept.quote, position: kept.position, savedAt: 1 },
      { id: 'lost', quote: lost.quote, position: lost.position, savedAt: 2 },
    ];
    const reports: unknown[] = [];
    const stop = onMessage({
      'quotes:page': async () => ({ quotes: saved }),
      'quotes:report': async (report) => (reports.push(report), { ok: true }),
    });
    // The page moved on: a paragraph before, a word changed in the quote, the second paragraph gone.
    document.body.innerHTML = `<p>Opening remarks by the Secretariat.</p>${STATEMENT.replace('strongly', 'firmly').replace(/<p>We call[^]*<\/p>/, '')}`;

    const result = await showSavedQuotes();
    stop();
    expect(result).toEqual({ highlighted: ['kept'], missing: ['lost'] });
    expect(reports).toEqual([{ url: location.href, highlighted: ['kept'], missing: ['lost'] }]);
    const marked = [...document.querySelectorAll('mark.udc-quote')].map((m) => m.textContent).join('');
    expect(marked.replace(/\s+/g, ' ')).toBe('Brazil firmly supports the review mechanism and its country visits.');
    // Marks are taken out before the next pass, leaving the page text as it was.
    document.querySelectorAll('mark.udc-quote').forEach((m) => m.replaceWith(...m.childNodes));
    expect(buildTextMap(document.body).text).toContain('Brazil firmly supports');
  });
});

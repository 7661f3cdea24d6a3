/**
 * Shows anchored quotes. The CSS Custom Highlight API paints ranges without touching the page's
 * DOM (its own scripts and our text offsets stay as they were); browsers without it get <mark>
 * wrappers, the one place we change the page.
 */
export const HIGHLIGHT_NAME = 'udc-quote';
const MARK_CLASS = 'udc-quote';
const STYLE = `::highlight(${HIGHLIGHT_NAME}){background:#ffe58a;color:#1a1a1a}mark.${MARK_CLASS}{background:#ffe58a;color:#1a1a1a}`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

const styled = new WeakSet<Document>();

/** An adopted style sheet adds no element to the page; a <style> is the fallback where that fails. */
function ensureStyle(doc: Document): void {
  if (styled.has(doc) || doc.getElementById('udc-quote-style')) return;
  styled.add(doc);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Falls through to a <style> element.
  }
  const style = doc.createElement('style');
  style.id = 'udc-quote-style';
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}

/** Takes any <mark> wrappers out again; call before mapping the page's text, as ranges would not survive it. */
export function clearMarks(doc: Document): void {
  for (const mark of doc.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

/** Replaces the page's quote highlights with `ranges` (after clearMarks, for the fallback). */
export function highlight(doc: Document, ranges: Range[]): 'css' | 'mark' {
  const api = registry();
  if (ranges.length) ensureStyle(doc);
  if (api) {
    if (ranges.length) api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
    else api.highlights.delete(HIGHLIGHT_NAME);
    return 'css';
  }
  // Last range first, and each range's text nodes last first: wrapping never moves what is still to wrap.
  for (const range of [...ranges].reverse()) for (const part of textParts(range).reverse()) wrap(doc, part);
  return 'mark';
}

function textParts(range: Range): { node: Text; start: number; end: number }[] {
  const parts: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = root.nodeType === Node.TEXT_NODE ? (root as Text) : (walker.nextNode() as Text | null); node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) parts.push({ node, start, end });
    if (node === root) break;
  }
  return parts;
}

function wrap(doc: Document, { node, start, end }: { node: Text; start: number; end: number }): void {
  const middle = node.splitText(start);
  middle.splitText(end - start);
  const mark = doc.createElement('mark');
  mark.className = MARK_CLASS;
  middle.replaceWith(mark);
  mark.append(middle);
}

/**
 * The page's text as one string, and the way between its offsets and DOM points. Runs of
 * whitespace read as one space (HTML renders them so, and a reformatted page must not move every
 * quote), so a quote reads as the observer saw it. The map is read-only: building it changes nothing.
 */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
const SPACE = /\s/;

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first kept character. */
  starts: number[];
  /** Whether the text before each node ends in a space (so the node's leading whitespace is dropped). */
  spaced: boolean[];
}

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && SKIPPED.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  const map: TextMap = { text: '', nodes: [], starts: [], spaced: [] };
  let length = 0;
  let spaced = true; // no leading whitespace at the start of the page
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    map.nodes.push(node);
    map.starts.push(length);
    map.spaced.push(spaced);
    let piece = '';
    for (const ch of node.data) {
      if (SPACE.test(ch)) {
        if (!spaced) piece += ' ';
        spaced = true;
      } else {
        piece += ch;
        spaced = false;
      }
    }
    parts.push(piece);
    length += piece.length;
  }
  map.text = parts.join('');
  return map;
}

/** Kept characters of `data` before raw index `raw`. */
function keptBefore(data: string, spaced: boolean, raw: number): number {
  let kept = 0;
  for (let i = 0; i < raw && i < data.length; i++) {
    const space = SPACE.test(data[i]!);
    if (!space || !spaced) kept++;
    spaced = space;
  }
  return kept;
}

/** Raw index in `data` of its kept character number `kept` (its end when `end`). */
function rawIndex(data: string, spaced: boolean, kept: number, end: boolean): number {
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    const space = SPACE.test(data[i]!);
    const keeps = !space || !spaced;
    if (keeps && count === kept && !end) return i;
    if (keeps) count++;
    spaced = space;
    if (end && count === kept) return i + 1;
  }
  return data.length;
}

/** The offset in `map.text` of a DOM boundary point (a selection's start or end). */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const index = node.nodeType === Node.TEXT_NODE ? map.nodes.indexOf(node as Text) : -1;
  if (index >= 0) return map.starts[index]! + keptBefore(map.nodes[index]!.data, map.spaced[index]!, offset);
  // An element boundary: the text starts at the first text node at or after it.
  const point = (node.ownerDocument ?? (node as Document)).createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(map.nodes[mid]!, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo < map.nodes.length ? map.starts[lo]! : map.text.length;
}

/** Last node index whose start is <= offset (strict: < offset). */
function nodeAt(map: TextMap, offset: number, strict: boolean): number {
  let lo = 0;
  let hi = map.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? map.starts[mid]! < offset : map.starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** A DOM Range over `map.text[start, end)`; null for an empty page. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  if (map.nodes.length === 0 || end <= start) return null;
  const a = nodeAt(map, start, false);
  const b = nodeAt(map, end, true);
  const range = map.nodes[a]!.ownerDocument.createRange();
  range.setStart(map.nodes[a]!, rawIndex(map.nodes[a]!.data, map.spaced[a]!, start - map.starts[a]!, false));
  range.setEnd(map.nodes[b]!, rawIndex(map.nodes[b]!.data, map.spaced[b]!, end - map.starts[b]!, true));
  return range;
}

import search from 'approx-string-match';
import type { Anchor, TextPosition, TextQuote } from './types';

/**
 * Below this share of the quote's characters matching, a fuzzy match is taken for another text:
 * a quote of 100 characters survives up to 25 edits (a corrected typo, a changed word or two).
 */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Below this overall score (quote, context and place weighed together) nothing is anchored. */
export const MIN_SCORE = 0.6;
/** Fuzzy search costs grow with the errors allowed; longer quotes are cut to this many. */
const MAX_ERRORS = 256;
/** Quotes shorter than this are only found exactly: a few edits would make them anything. */
const MIN_FUZZY_LENGTH = 8;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Finds a stored quote in `text` again:
 * 1. the stored position, when it still holds exactly the quote;
 * 2. every exact occurrence, the best by its surrounding context and nearness to the old place;
 * 3. a fuzzy match (Myers' bit-parallel edit distance) when the page's wording changed a little,
 *    kept only above MIN_QUOTE_SIMILARITY and MIN_SCORE.
 * Null when the quote cannot be found: the caller lists it rather than guessing.
 */
export function anchorQuote(text: string, quote: TextQuote, position?: TextPosition | null): Anchor | null {
  const { exact } = quote;
  if (!exact) return null;
  if (position && position.end - position.start === exact.length && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }

  const exactMatches: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    exactMatches.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (exactMatches.length > 0) return best(text, quote, position, exactMatches, 'exact');

  if (exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  // Most edits leave a quote near where it was: a clear match there spares searching the whole page.
  if (position && text.length > 4 * NEAR_CHARS) {
    const from = Math.max(0, position.start - NEAR_CHARS);
    const near = fuzzyIn(text, quote, position, from, Math.min(text.length, position.end + NEAR_CHARS), maxErrors);
    if (near && near.score >= NEAR_SCORE) return near;
  }
  const found = fuzzyIn(text, quote, position, 0, text.length, maxErrors);
  return found && found.score >= MIN_SCORE ? found : null;
}

/** Around the stored place: this far either side. */
const NEAR_CHARS = 4_000;
/** A match near the stored place this good is taken without looking further. */
const NEAR_SCORE = 0.9;

function fuzzyIn(text: string, quote: TextQuote, position: TextPosition | null | undefined, from: number, to: number, maxErrors: number): Anchor | null {
  const matches = search(from === 0 && to === text.length ? text : text.slice(from, to), quote.exact, maxErrors);
  const shifted = from === 0 ? matches : matches.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
  return shifted.length ? best(text, quote, position, shifted, 'fuzzy') : null;
}

function best(
  text: string,
  quote: TextQuote,
  position: TextPosition | null | undefined,
  matches: readonly { start: number; end: number; errors: number }[],
  method: Anchor['method'],
): Anchor | null {
  let top: Anchor | null = null;
  for (const m of matches) {
    const score = scoreMatch(text, quote, position, m);
    if (!top || score > top.score) top = { start: m.start, end: m.end, method, score };
  }
  return top;
}

function scoreMatch(text: string, quote: TextQuote, position: TextPosition | null | undefined, m: { start: number; end: number; errors: number }): number {
  const quoteScore = 1 - m.errors / quote.exact.length;
  const prefixScore = quote.prefix ? similarity(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix) : 1;
  const suffixScore = quote.suffix ? similarity(text.slice(m.end, m.end + quote.suffix.length), quote.suffix) : 1;
  const positionScore = position && text.length > 0 ? 1 - Math.min(1, Math.abs(m.start - position.start) / text.length) : 1;
  return (
    (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) /
    TOTAL_WEIGHT
  );
}

/** 1 when `found` holds `wanted`, falling towards 0 with each edit needed. */
function similarity(found: string, wanted: string): number {
  if (!found) return 0;
  if (found.includes(wanted)) return 1;
  const [match] = search(found, wanted, wanted.length);
  return match ? 1 - match.errors / wanted.length : 0;
}

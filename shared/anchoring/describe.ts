import type { QuoteSelectors } from './types';

/** How much context is kept either side: enough to tell repeated phrases apart, little to store. */
export const CONTEXT_CHARS = 32;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Describes `text[start, end)` as a TextQuoteSelector and a TextPositionSelector. Whitespace at
 * either edge of the selection is left out (a triple-click selects the line break too); null when
 * nothing but whitespace is selected.
 */
export function describeQuote(text: string, start: number, end: number, context = CONTEXT_CHARS): QuoteSelectors | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  if (from === to) return null;
  return {
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(unsplit(text, Math.max(0, from - context), 1), from),
      suffix: text.slice(to, unsplit(text, Math.min(text.length, to + context), -1)),
    },
    position: { start: from, end: to },
  };
}

/** Moves a context edge off the middle of a surrogate pair, so no half character is stored. */
function unsplit(text: string, at: number, step: 1 | -1): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + (step === 1 ? 1 : -1) : at;
}

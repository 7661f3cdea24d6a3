/** Page quotes as W3C selectors: describe a selection, and find it again in a page's text. */
export { anchorQuote, MIN_QUOTE_SIMILARITY, MIN_SCORE } from './anchor';
export { CONTEXT_CHARS, describeQuote } from './describe';
export type { Anchor, QuoteSelectors, TextPosition, TextQuote } from './types';

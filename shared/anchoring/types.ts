/** The W3C Web Annotation selectors a page quote is stored with (see shared/schemas/clip.ts). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

/** A selection described for storage: what was quoted, its context, and where it was. */
export interface QuoteSelectors {
  quote: TextQuote;
  position: TextPosition | null;
}

/** Where a quote was found again, and how sure the match is (1 = the same text at the same place). */
export interface Anchor {
  start: number;
  end: number;
  /** How it was found: the stored position still holds the quote, an exact search, or a fuzzy one. */
  method: 'position' | 'exact' | 'fuzzy';
  /** 0..1; fuzzy matches below the threshold are not returned. */
  score: number;
}

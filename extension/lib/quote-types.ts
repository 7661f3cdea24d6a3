/** The shapes page quotes travel and rest in: between frame, background, storage and side panel. */
import type { QuoteSelectors } from '../../shared/anchoring/types';

/** What a frame answers about its current selection. */
export interface PageSelection extends QuoteSelectors {
  /** The frame's URL; the background files the quote under it without its #fragment. */
  url: string;
}

/** A quote remembered for its page, to find and highlight again on a later visit. */
export interface SavedQuote extends QuoteSelectors {
  /** The page clip's id. */
  id: string;
  savedAt: number;
}

/** Page quotes remembered per page (URL without fragment), for re-anchoring. */
export interface PageQuotes {
  quotes: SavedQuote[];
  /** Epoch ms of the last quote or visit: the least recently used pages are forgotten first. */
  usedAt: number;
}

/** A quote captured while no speaker (or no dialogue) was chosen; saved once the observer adds one. */
export interface PendingQuote extends QuoteSelectors {
  id: string;
  url: string;
  /** The dialogue chosen when it was captured; empty when none was. */
  dialogueId: string;
  capturedAt: string;
}

/** What the page's content script found again, shown in the side panel for that tab. */
export interface QuoteReport {
  url: string;
  highlighted: number;
  /** Quotes the page no longer holds (or holds too differently): listed with their text. */
  missing: { id: string; exact: string }[];
  at: number;
}

export type QuoteCaptureResult =
  | { ok: true; id: string; state: 'saved' | 'needs-speaker' }
  | { ok: false; message: string };

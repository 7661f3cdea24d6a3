/** A transcript as the extension keeps it: only what a prefill needs (no words, no topics). */

export interface TranscriptSpeaker {
  name: string | null;
  function: string | null;
  /** ISO 3166-1 alpha-3 for States; whatever the site gives for others. */
  affiliation: string | null;
  affiliationFull: string | null;
  /** The group spoken for. */
  group: string | null;
}

export interface Statement {
  /** 1-based, in the site's order. */
  number: number;
  /** Seconds on the recording clock: the first sentence's start and the last one's end. */
  start: number;
  end: number;
  speaker: TranscriptSpeaker;
  /** Each paragraph's sentences joined with spaces. */
  paragraphs: string[];
}

export type Transcript =
  | { status: 'done'; language: string | null; statements: Statement[] }
  /** The site knows the webcast but has no transcript yet (or is still making it). */
  | { status: 'none' };

export type ParseResult = { ok: true; transcript: Transcript } | { ok: false; error: string };

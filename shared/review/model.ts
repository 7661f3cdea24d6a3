import type { Conflict } from '../assembly/model';
import type { RecordSpeaker } from '../schemas/record';

/** The fields a reviewer can set; each one they set is locked against re-assembly. */
export const LOCKABLE_FIELDS = ['speaker', 'start', 'end', 'summary', 'tags', 'status'] as const;
export type LockableField = (typeof LOCKABLE_FIELDS)[number];

export type InterventionStatus = 'draft' | 'needs-review' | 'reviewed' | 'approved' | 'rejected';

/** Assembly may move these on a reviewed intervention unless they are locked (or it is approved). */
export const ASSEMBLED_FIELDS = ['speaker', 'start', 'end', 'tags'] as const satisfies readonly LockableField[];

/** One fresh intervention of the assembly, its speaker already in record form. */
export interface FreshIntervention {
  id: string;
  speaker: RecordSpeaker;
  start: number | null;
  end: number | null;
  openEnd: boolean;
  clipIds: readonly string[];
  dissentingClipIds: readonly string[];
  conflicts: readonly Conflict[];
  tags: readonly string[];
  notes: readonly string[];
  quotes: readonly string[];
}

/** What the record keeps of an intervention, besides its id and place. */
export interface InterventionFields {
  speaker: RecordSpeaker;
  start: number | null;
  end: number | null;
  openEnd: boolean;
  status: InterventionStatus;
  summary: string;
  tags: string[];
  notes: string[];
  quotes: string[];
  conflicts: Conflict[];
  /** Sorted. */
  clipIds: string[];
  /** Sorted; a subset of clipIds. */
  dissentingClipIds: string[];
}

/** An intervention as stored: a draft of the last assembly, or one a reviewer has written. */
export interface StoredIntervention extends InterventionFields {
  id: string;
  version: number;
  locked: LockableField[];
  seenClipIds: string[];
  /** A reviewer has written it (see isHeld). */
  touched: boolean;
  /** The intervention a reviewer merged this one into; it then leaves the record. */
  mergedInto: string | null;
  /** The intervention a reviewer split this one off: the halves share new clips by their start. */
  splitFrom: string | null;
}

/** What the core needs of each clip: where it starts on the recording clock, and its text. */
export interface ClipFacts {
  /** Null for a clip with no time (a page quote, an unplaced clip). */
  start: number | null;
  note: string;
  quote: string | null;
  tags: readonly string[];
}

export interface ReviewInput {
  fresh: readonly FreshIntervention[];
  stored: readonly StoredIntervention[];
  clips: ReadonlyMap<string, ClipFacts>;
}

/** One intervention of the record to store, in order. */
export interface RecordRow extends StoredIntervention {
  position: number;
}

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** A reviewed intervention the assembly changed: it gets an 'assembled' revision. */
export interface AssembledChange {
  id: string;
  /** The version it was read at; the write is guarded by it. */
  fromVersion: number;
  changes: Changes;
}

export interface AppliedReview {
  /** Every intervention of the record, merged-away ones excluded, positions 0..n-1. */
  rows: RecordRow[];
  changed: AssembledChange[];
}

/**
 * Whether assembly must keep a stored intervention rather than replace it as a draft: a reviewer
 * wrote it. A status other than draft only ever comes from a reviewer, so it counts too.
 */
export function isHeld(s: Pick<StoredIntervention, 'touched' | 'status' | 'mergedInto'>): boolean {
  return s.touched || s.status !== 'draft' || s.mergedInto !== null;
}

/** The clips attached after a reviewer last wrote the intervention; none for a draft. */
export function newClipIdsOf(s: Pick<StoredIntervention, 'touched' | 'status' | 'mergedInto' | 'clipIds' | 'seenClipIds'>): string[] {
  if (!isHeld(s)) return [];
  const seen = new Set(s.seenClipIds);
  return s.clipIds.filter((id) => !seen.has(id));
}

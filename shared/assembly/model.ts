import type { Clock } from '../schemas/clip';

/** A stored clip as the assembly core sees it. */
export interface ClipIn {
  id: string;
  observerId: string;
  kind: 'webcast' | 'page';
  clock: Clock | null;
  start: number | null;
  end: number | null;
  speaker: string;
  tags: readonly string[];
  note: string;
  quote: string | null;
  capturedAt: string;
  /** Wall-clock instants (ISO) when Start and End were pressed, if the observer's client sent them. */
  markedStart?: string | null;
  markedEnd?: string | null;
}

/** Who a typed speaker name stands for. `key` is what grouping compares. */
export interface SpeakerRef {
  key: string;
  display: string;
  entityId: string | null;
  known: boolean;
}
export type ResolveSpeaker = (typed: string) => SpeakerRef;

export interface PreviousIntervention {
  id: string;
  clipIds: readonly string[];
}

export interface AssemblyOptions {
  /** Unix seconds of the recording's second 0; places wall-clock clips. */
  recordingStartedAtEpoch: number | null;
  /** Seconds to subtract from an observer's live-clock times, set by a reviewer. Wins over estimates. */
  manualOffsets?: Readonly<Record<string, number>>;
  resolveSpeaker: ResolveSpeaker;
  /** The record before this assembly, so interventions keep their ids. */
  previous?: readonly PreviousIntervention[];
}

export type OffsetSource = 'manual' | 'estimated' | 'wall-marks' | 'capture-time' | 'none';
export interface OffsetEstimate {
  offset: number;
  source: OffsetSource;
  /** How many of the observer's clips agreed with the estimate. */
  support: number;
}

export type Conflict =
  | { kind: 'speaker'; clipIds: string[]; speakers: string[] }
  | { kind: 'unplaced'; clipIds: string[]; reason: string }
  | { kind: 'unknown-speaker'; clipIds: string[]; speakers: string[] };

export interface AssembledIntervention {
  id: string;
  speaker: SpeakerRef;
  /** Seconds on the recording clock; null for an undated intervention. */
  start: number | null;
  end: number | null;
  /** True when no observer marked the end and it was inferred. */
  openEnd: boolean;
  /** Every clip behind this intervention, dissenting ones included, sorted. */
  clipIds: string[];
  /** Clips that named another speaker for this stretch and were outweighed. */
  dissentingClipIds: string[];
  conflicts: Conflict[];
  tags: string[];
  notes: string[];
  quotes: string[];
}

export interface AssemblyResult {
  interventions: AssembledIntervention[];
  offsets: Record<string, OffsetEstimate>;
}

/** A webcast clip placed on the recording clock. `end` is null when the observer never marked it. */
export interface PlacedClip {
  clip: ClipIn;
  speaker: SpeakerRef;
  start: number;
  end: number | null;
}

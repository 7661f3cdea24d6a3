import type { Clock } from '../schemas/clip';

/** A clip as the assembly core sees it: already validated and stored. */
export interface AssemblyClip {
  id: string;
  kind: 'webcast' | 'page';
  clock: Clock | null;
  start: number | null;
  end: number | null;
  speaker: string;
  tags: readonly string[];
  note: string;
  quote: string | null;
  capturedAt: string;
}

export interface AssemblyContext {
  /** Unix seconds of the recording's second 0, used to place wall-clock clips. */
  recordingStartedAtEpoch: number | null;
}

export interface AssembledIntervention {
  /** Stable: the smallest clip id in the group, so the same clips give the same id. */
  id: string;
  speaker: string;
  start: number | null;
  end: number | null;
  clipIds: string[];
  tags: string[];
  notes: string[];
  quotes: string[];
}

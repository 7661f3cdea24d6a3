import { rawBounds, type RawBounds } from './boundaries';
import { buildCandidates, JOIN_GAP_S, resolveDisputes, type Candidate } from './grouping';
import type { PlacedClip } from './model';

/**
 * A stretch of the recording where clips overlap or nearly touch. Grouping and disputes never
 * reach across a gap between segments, so a new clip only re-assembles the segment it lands in.
 */
export interface Segment {
  start: number;
  reach: number;
  clips: PlacedClip[];
  accepted: Candidate[];
  raw: RawBounds[];
}

export function reachOf(p: PlacedClip): number {
  return p.end ?? p.start;
}

/** Splits clips sorted by comparePlaced into segments and assembles each. */
export function buildSegments(sorted: readonly PlacedClip[]): Segment[] {
  const segments: Segment[] = [];
  let current: PlacedClip[] = [];
  let reach = -Infinity;
  for (const p of sorted) {
    if (current.length > 0 && p.start > reach + JOIN_GAP_S) {
      segments.push(assembleSegment(current));
      current = [];
      reach = -Infinity;
    }
    current.push(p);
    reach = Math.max(reach, reachOf(p));
  }
  if (current.length > 0) segments.push(assembleSegment(current));
  return segments;
}

export function assembleSegment(clips: PlacedClip[]): Segment {
  const accepted = resolveDisputes(buildCandidates(clips));
  return {
    start: clips[0]!.start,
    reach: clips.reduce((max, p) => Math.max(max, reachOf(p)), -Infinity),
    clips,
    accepted,
    raw: accepted.map(rawBounds),
  };
}

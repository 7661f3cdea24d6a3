import { rawBounds, type RawBounds } from './boundaries';
import { buildCandidates, continuationReach, resolveDisputes, type Candidate } from './grouping';
import type { PlacedClip } from './model';

/**
 * A stretch of the recording where clips overlap or nearly touch. Grouping and disputes never
 * reach across a gap between segments, so a new clip only re-assembles the segment it lands in.
 */
export interface Segment {
  start: number;
  /** The latest time a clip could start and still join this segment's clips. */
  extent: number;
  clips: PlacedClip[];
  accepted: Candidate[];
  raw: RawBounds[];
}

/** The latest time a clip could start and still join `p`. */
export function extentOf(p: PlacedClip): number {
  return continuationReach(p.end ?? p.start, p.end === null ? p.start : -Infinity);
}

/** Splits clips sorted by comparePlaced into segments and assembles each. */
export function buildSegments(sorted: readonly PlacedClip[]): Segment[] {
  const segments: Segment[] = [];
  let current: PlacedClip[] = [];
  let extent = -Infinity;
  for (const p of sorted) {
    if (current.length > 0 && p.start > extent) {
      segments.push(assembleSegment(current));
      current = [];
      extent = -Infinity;
    }
    current.push(p);
    extent = Math.max(extent, extentOf(p));
  }
  if (current.length > 0) segments.push(assembleSegment(current));
  return segments;
}

export function assembleSegment(clips: PlacedClip[]): Segment {
  const accepted = resolveDisputes(buildCandidates(clips));
  return {
    start: clips[0]!.start,
    extent: clips.reduce((max, p) => Math.max(max, extentOf(p)), -Infinity),
    clips,
    accepted,
    raw: accepted.map(rawBounds),
  };
}

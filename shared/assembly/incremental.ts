import { memoResolver, placeAll, placeOne, segmentInterventions } from './placement';
import { comparePlaced } from './grouping';
import { assignIds } from './identity';
import { estimateLiveOffsets } from './live-offsets';
import type { AssembledIntervention, AssemblyOptions, AssemblyResult, ClipIn, OffsetEstimate, PlacedClip, PreviousIntervention, ResolveSpeaker } from './model';
import { attachLoose, type LooseClip } from './quotes';
import { buildSegments, extentOf, type Segment } from './segments';

/** Everything needed to add clips without re-assembling the whole dialogue. Treat as immutable. */
export interface AssemblyState {
  readonly options: AssemblyOptions;
  readonly resolve: ResolveSpeaker;
  readonly clips: readonly ClipIn[];
  readonly offsets: Record<string, OffsetEstimate>;
  readonly segments: readonly Segment[];
  /** Each segment's interventions before quotes are attached, aligned with `segments`. */
  readonly timed: readonly (readonly AssembledIntervention[])[];
  readonly loose: readonly LooseClip[];
  readonly result: AssemblyResult;
}

export function startAssembly(clips: readonly ClipIn[], options: AssemblyOptions): AssemblyState {
  const resolve = memoResolver(options.resolveSpeaker);
  const offsets = estimateLiveOffsets(clips, resolve, options.recordingStartedAtEpoch, options.manualOffsets);
  const { placed, loose } = placeAll(clips, resolve, options.recordingStartedAtEpoch, offsets);
  const segments = buildSegments(placed.sort(comparePlaced));
  const timed = segments.map((s, i) => segmentInterventions(s, segments[i - 1], segments[i + 1]));
  return finish({ options, resolve, clips, offsets, segments, timed, loose }, options.previous ?? []);
}

/**
 * Adds one clip, re-assembling only the segment it lands in (and the end of the one before).
 * The result equals assembling every clip afresh with the old record as `previous`. A clip that
 * could move a live observer's offset falls back to a full re-assembly.
 */
export function addClip(state: AssemblyState, clip: ClipIn): AssemblyState {
  const clips = [...state.clips, clip];
  const previous = state.result.interventions;
  if (Object.keys(state.offsets).length > 0 || clip.clock === 'live') {
    const offsets = estimateLiveOffsets(clips, state.resolve, state.options.recordingStartedAtEpoch, state.options.manualOffsets);
    if (!sameOffsets(offsets, state.offsets)) return startAssembly(clips, { ...state.options, previous });
  }
  const item = placeOne(clip, state.resolve, state.options.recordingStartedAtEpoch, state.offsets);
  if (!('start' in item)) {
    return finish({ ...state, clips, loose: [...state.loose, item] }, previous);
  }

  const { segments, timed } = state;
  const from = firstReaching(segments, item.start);
  let to = from;
  while (to < segments.length && segments[to]!.start <= extentOf(item)) to++;
  const merged: PlacedClip[] = segments.slice(from, to).flatMap((s) => s.clips);
  merged.splice(insertionPoint(merged, item), 0, item);
  const rebuilt = buildSegments(merged);

  const nextSegments = [...segments.slice(0, from), ...rebuilt, ...segments.slice(to)];
  const nextTimed = [...timed.slice(0, from), ...rebuilt.map(() => []), ...timed.slice(to)];
  // The segments either side look at the rebuilt ones' nearest bounds.
  for (let k = Math.max(0, from - 1); k < Math.min(nextSegments.length, from + rebuilt.length + 1); k++) {
    nextTimed[k] = segmentInterventions(nextSegments[k]!, nextSegments[k - 1], nextSegments[k + 1]);
  }
  return finish({ ...state, clips, segments: nextSegments, timed: nextTimed }, previous);
}

function finish(state: Omit<AssemblyState, 'result'>, previous: readonly PreviousIntervention[]): AssemblyState {
  const { hosts, undated } = attachLoose(state.timed.flat(), state.loose, state.clips, state.options.recordingStartedAtEpoch);
  const interventions = assignIds([...hosts, ...undated], previous, new Set());
  return { ...state, result: { interventions, offsets: state.offsets } };
}

/** Index of the first segment a clip starting at `t` could join; segments are disjoint and ordered. */
function firstReaching(segments: readonly Segment[], t: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.extent < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertionPoint(sorted: readonly PlacedClip[], item: PlacedClip): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePlaced(sorted[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameOffsets(a: Record<string, OffsetEstimate>, b: Record<string, OffsetEstimate>): boolean {
  const keys = Object.keys(a);
  const same = (x: OffsetEstimate, y: OffsetEstimate | undefined) =>
    y !== undefined && x.offset === y.offset && x.source === y.source && x.support === y.support;
  return keys.length === Object.keys(b).length && keys.every((k) => same(a[k]!, b[k]));
}

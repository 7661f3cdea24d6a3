import { finishBounds, rawBounds, type RawBounds } from './boundaries';
import { buildCandidates, comparePlaced, resolveDisputes, type Turn } from './grouping';
import { assignIds } from './identity';
import { estimateLiveOffsets } from './live-offsets';
import type { AssembledIntervention, AssemblyOptions, AssemblyResult, ClipIn, OffsetEstimate, PlacedClip, PreviousIntervention, ResolveSpeaker } from './model';
import { affectedRange, horizonOf, joinablesOf, insertPlaced, spanOf, widen, type Joinable, type Reach } from './neighbourhood';
import { memoResolver, placeAll, placeOne } from './placement';
import { attachLoose, type LooseClip } from './quotes';
import { toIntervention } from './to-intervention';

/** Everything needed to add clips without re-assembling the whole dialogue. Treat as immutable. */
export interface AssemblyState {
  readonly options: AssemblyOptions;
  readonly resolve: ResolveSpeaker;
  readonly clips: readonly ClipIn[];
  readonly offsets: Record<string, OffsetEstimate>;
  /** Clips on the recording clock, in comparePlaced order. */
  readonly placed: readonly PlacedClip[];
  /** Turns that won, in start order; the arrays after it are aligned with it. */
  readonly accepted: readonly Turn[];
  readonly raw: readonly RawBounds[];
  readonly timed: readonly AssembledIntervention[];
  readonly spans: readonly [number, number][];
  readonly joinables: readonly (readonly Joinable[])[];
  readonly reach: Reach;
  readonly loose: readonly LooseClip[];
  readonly result: AssemblyResult;
}

export function startAssembly(clips: readonly ClipIn[], options: AssemblyOptions): AssemblyState {
  const resolve = memoResolver(options.resolveSpeaker);
  const offsets = estimateLiveOffsets(clips, resolve, options.recordingStartedAtEpoch, options.manualOffsets);
  const { placed, loose } = placeAll(clips, resolve, options.recordingStartedAtEpoch, offsets);
  placed.sort(comparePlaced);
  const accepted = resolveDisputes(buildCandidates(placed));
  const raw = accepted.map(rawBounds);
  const timed = accepted.map((c, i) => toIntervention(c, finishBounds(raw, i)));
  const spans = accepted.map(spanOf);
  const joinables = accepted.map((c) => joinablesOf(c, placed));
  const reach = accepted.reduce((r, c, i) => widen(r, c, spans[i]!, joinables[i]!), { lead: 0, trail: 0, horizon: 0 });
  const state = { options, resolve, clips, offsets, placed, accepted, raw, timed, spans, joinables, reach, loose };
  return finish(state, options.previous ?? []);
}

/**
 * Adds one clip, re-assembling only the turns it can affect (see affectedRange). The result
 * equals assembling every clip afresh with the old record as `previous`, a law the tests check.
 * A clip that moves a live observer's offset shifts all that observer's clips, so it falls
 * back to a full re-assembly.
 */
export function addClip(state: AssemblyState, clip: ClipIn): AssemblyState {
  const clips = [...state.clips, clip];
  const previous = state.result.interventions;
  const full = () => startAssembly(clips, { ...state.options, previous });
  if (Object.keys(state.offsets).length > 0 || clip.clock === 'live') {
    const offsets = estimateLiveOffsets(clips, state.resolve, state.options.recordingStartedAtEpoch, state.options.manualOffsets);
    if (!sameOffsets(offsets, state.offsets)) return full();
  }
  const item = placeOne(clip, state.resolve, state.options.recordingStartedAtEpoch, state.offsets);
  if (!('start' in item)) return finish({ ...state, clips, loose: [...state.loose, item] }, previous);

  const { accepted } = state;
  const placed = insertPlaced(state.placed, item);
  let extra: { lo: number; hi: number } | null = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const { lo, hi } = affectedRange(accepted, state.spans, state.joinables, state.reach, item, extra);
    const window = [...accepted.slice(lo, hi).flatMap((c) => [...c.clips, ...c.dissent]), item].sort(comparePlaced);
    // Chaining comes before disputes, so every candidate counts here, the outweighed ones too.
    const candidates = buildCandidates(window);
    let needed = hi;
    for (const c of candidates) {
      const horizon = horizonOf(c, placed);
      for (let j = hi; j < accepted.length && accepted[j]!.start - state.reach.lead <= horizon; j++) {
        if (state.spans[j]![0] <= horizon && state.joinables[j]!.some((m) => m.key === c.key)) needed = Math.max(needed, j + 1);
      }
    }
    if (needed > hi) {
      extra = { lo, hi: needed };
      continue;
    }
    const rebuilt = resolveDisputes(candidates);
    return finish(splice(state, { clips, placed, lo, hi, rebuilt }), previous);
  }
  return full();
}

function splice(
  state: AssemblyState,
  change: { clips: ClipIn[]; placed: PlacedClip[]; lo: number; hi: number; rebuilt: Turn[] },
): Omit<AssemblyState, 'result'> {
  const { lo, hi, rebuilt } = change;
  const accepted = [...state.accepted.slice(0, lo), ...rebuilt, ...state.accepted.slice(hi)];
  const raw = [...state.raw.slice(0, lo), ...rebuilt.map(rawBounds), ...state.raw.slice(hi)];
  const spans = rebuilt.map(spanOf);
  const joinables = rebuilt.map((c) => joinablesOf(c, change.placed));
  const timed: (AssembledIntervention | null)[] = [...state.timed.slice(0, lo), ...rebuilt.map(() => null), ...state.timed.slice(hi)];
  // Turns before look ahead to the first later start; the turn after looks back at its predecessor.
  let first = Math.max(0, lo - 1);
  while (first > 0 && raw[first - 1]!.start === raw[first]!.start) first--;
  const last = Math.min(lo + rebuilt.length, accepted.length - 1);
  for (let k = first; k <= last; k++) timed[k] = toIntervention(accepted[k]!, finishBounds(raw, k));
  return {
    ...state,
    clips: change.clips,
    placed: change.placed,
    accepted,
    raw,
    timed: timed as AssembledIntervention[],
    spans: [...state.spans.slice(0, lo), ...spans, ...state.spans.slice(hi)],
    joinables: [...state.joinables.slice(0, lo), ...joinables, ...state.joinables.slice(hi)],
    reach: rebuilt.reduce((r, c, i) => widen(r, c, spans[i]!, joinables[i]!), state.reach),
  };
}

function finish(state: Omit<AssemblyState, 'result'>, previous: readonly PreviousIntervention[]): AssemblyState {
  const { hosts, undated } = attachLoose(state.timed, state.loose, state.clips, state.options.recordingStartedAtEpoch);
  const interventions = assignIds([...hosts, ...undated], previous, new Set());
  return { ...state, result: { interventions, offsets: state.offsets } };
}

function sameOffsets(a: Record<string, OffsetEstimate>, b: Record<string, OffsetEstimate>): boolean {
  const keys = Object.keys(a);
  const same = (x: OffsetEstimate, y: OffsetEstimate | undefined) =>
    y !== undefined && x.offset === y.offset && x.source === y.source && x.support === y.support;
  return keys.length === Object.keys(b).length && keys.every((k) => same(a[k]!, b[k]));
}

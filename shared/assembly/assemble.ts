import { finishBounds } from './boundaries';
import { comparePlaced } from './grouping';
import { assignIds } from './identity';
import { estimateLiveOffsets } from './live-offsets';
import type { AssemblyOptions, AssemblyResult, ClipIn, OffsetEstimate, PlacedClip, ResolveSpeaker, SpeakerRef } from './model';
import { attachLoose, type LooseClip } from './quotes';
import { buildSegments, type Segment } from './segments';
import { toIntervention } from './to-intervention';

/**
 * Clips in, record out. Pure and deterministic: the clips are put in a total order first, so
 * the input order never matters, and every clip ends up in exactly one intervention.
 */
export function assemble(clips: readonly ClipIn[], options: AssemblyOptions): AssemblyResult {
  const resolve = memoResolver(options.resolveSpeaker);
  const offsets = estimateLiveOffsets(clips, resolve, options.recordingStartedAtEpoch, options.manualOffsets);
  const { placed, loose } = placeAll(clips, resolve, options.recordingStartedAtEpoch, offsets);
  const segments = buildSegments(placed.sort(comparePlaced));
  const { hosts, undated } = attachLoose(timedInterventions(segments), loose, clips, options.recordingStartedAtEpoch);
  return { interventions: assignIds([...hosts, ...undated], options.previous ?? [], new Set()), offsets };
}

/** Webcast clips go onto the recording clock; the rest wait to be attached by speaker. */
export function placeAll(
  clips: readonly ClipIn[],
  resolve: ResolveSpeaker,
  recordingStartedAtEpoch: number | null,
  offsets: Record<string, OffsetEstimate>,
): { placed: PlacedClip[]; loose: LooseClip[] } {
  const placed: PlacedClip[] = [];
  const loose: LooseClip[] = [];
  for (const clip of clips) {
    const item = placeOne(clip, resolve, recordingStartedAtEpoch, offsets);
    if ('start' in item) placed.push(item);
    else loose.push(item);
  }
  return { placed, loose };
}

export function placeOne(
  clip: ClipIn,
  resolve: ResolveSpeaker,
  recordingStartedAtEpoch: number | null,
  offsets: Record<string, OffsetEstimate>,
): PlacedClip | LooseClip {
  const speaker = resolve(clip.speaker);
  if (clip.kind !== 'webcast' || clip.start === null) return { clip, speaker, unplaced: null };
  let shift = 0;
  if (clip.clock === 'live') shift = offsets[clip.observerId]?.offset ?? 0;
  else if (clip.clock === 'wall') {
    if (recordingStartedAtEpoch === null) {
      return { clip, speaker, unplaced: 'a wall-clock clip, and the dialogue has no recording start to place it' };
    }
    shift = recordingStartedAtEpoch;
  }
  const start = Math.max(0, clip.start - shift);
  const end = clip.end === null ? null : Math.max(start, clip.end - shift);
  return { clip, speaker, start, end };
}

/** Interventions of every segment, in order, with ends cut at the next speaker's start. */
export function timedInterventions(segments: readonly Segment[]) {
  const raw = segments.flatMap((s) => s.raw);
  const accepted = segments.flatMap((s) => s.accepted);
  return accepted.map((candidate, i) => toIntervention(candidate, finishBounds(raw, i)));
}

export function memoResolver(resolve: ResolveSpeaker): ResolveSpeaker {
  const cache = new Map<string, SpeakerRef>();
  return (typed) => {
    let hit = cache.get(typed);
    if (!hit) {
      hit = resolve(typed);
      cache.set(typed, hit);
    }
    return hit;
  };
}

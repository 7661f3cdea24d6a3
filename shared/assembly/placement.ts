import { finishBounds } from './boundaries';
import type { AssembledIntervention, ClipIn, OffsetEstimate, PlacedClip, ResolveSpeaker, SpeakerRef } from './model';
import type { LooseClip } from './quotes';
import type { Segment } from './segments';
import { toIntervention } from './to-intervention';

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

/**
 * One segment's interventions. Only its first and last can look past it: a short stretch grows
 * towards its neighbours and an unmarked end runs to the next start, so the neighbours' nearest
 * bounds are all this needs to know of the rest.
 */
export function segmentInterventions(
  segment: Segment,
  prev: Segment | undefined,
  next: Segment | undefined,
): AssembledIntervention[] {
  const before = prev ? [prev.raw[prev.raw.length - 1]!] : [];
  const raw = [...before, ...segment.raw, ...(next ? [next.raw[0]!] : [])];
  return segment.accepted.map((candidate, i) => toIntervention(candidate, finishBounds(raw, i + before.length)));
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

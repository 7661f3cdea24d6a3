import type { ClipIn, OffsetEstimate, PlacedClip, ResolveSpeaker, SpeakerRef } from './model';
import type { LooseClip } from './quotes';

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

import type { ClipIn, OffsetEstimate, PlacedClip } from '../../shared/assembly/model';
import { comparePlaced } from '../../shared/assembly/grouping';
import { compareStrings, epochSeconds } from '../../shared/assembly/order';
import { placeOne } from '../../shared/assembly/placement';
import type { LooseClip } from '../../shared/assembly/quotes';
import type { ClipFacts } from '../../shared/review/model';

export type RankedFacts = Map<string, ClipFacts & { rank: number }>;

/**
 * Each clip's start on the recording clock and its text, ranked in the order assembly lists an
 * intervention's notes: placed clips by time, then the others by capture time.
 */
export function clipFacts(placed: readonly PlacedClip[], loose: readonly LooseClip[]): RankedFacts {
  const facts: RankedFacts = new Map();
  const add = (clip: ClipIn, start: number | null) =>
    facts.set(clip.id, { start, note: clip.note, quote: clip.quote, tags: clip.tags, rank: facts.size });
  for (const p of [...placed].sort(comparePlaced)) add(p.clip, p.start);
  const later = [...loose].sort((a, b) => compareStrings(a.clip.capturedAt, b.clip.capturedAt) || compareStrings(a.clip.id, b.clip.id));
  for (const l of later) add(l.clip, null);
  return facts;
}

/**
 * Places some of a dialogue's clips as its last assembly did (its recording start and the live
 * offsets it used), for an edit that needs their times without assembling the whole dialogue.
 */
export function placeForEdit(
  clips: readonly ClipIn[],
  recordingStartedAt: string | null,
  offsets: Record<string, OffsetEstimate>,
): RankedFacts {
  const epoch = recordingStartedAt ? epochSeconds(recordingStartedAt) : NaN;
  // The speaker does not matter here: only the times and the text are read.
  const resolve = (typed: string) => ({ key: typed, display: typed, entityId: null, known: false });
  const placed: PlacedClip[] = [];
  const loose: LooseClip[] = [];
  for (const clip of clips) {
    const item = placeOne(clip, resolve, Number.isFinite(epoch) ? epoch : null, offsets);
    if ('start' in item) placed.push(item);
    else loose.push(item);
  }
  return clipFacts(placed, loose);
}

import type { AssembledIntervention, ClipIn, Conflict, SpeakerRef } from './model';
import { compareStrings, epochSeconds } from './order';

export interface LooseClip {
  clip: ClipIn;
  speaker: SpeakerRef;
  /** Why a webcast clip could not be placed on the recording clock; null for a page quote. */
  unplaced: string | null;
}

/**
 * Clips without a place on the recording clock (page quotes, wall-clock clips of a dialogue with
 * no recording start) join their speaker's intervention, the nearest in capture time when the
 * speaker spoke more than once. Otherwise they stand as an undated intervention of their own.
 */
export function attachLoose(
  timed: AssembledIntervention[],
  loose: readonly LooseClip[],
  clips: readonly ClipIn[],
  recordingStartedAtEpoch: number | null,
): AssembledIntervention[] {
  const capturedById = new Map(clips.map((c) => [c.id, epochSeconds(c.capturedAt)]));
  const bySpeaker = new Map<string, AssembledIntervention[]>();
  for (const intervention of timed) {
    const list = bySpeaker.get(intervention.speaker.key) ?? [];
    list.push(intervention);
    bySpeaker.set(intervention.speaker.key, list);
  }

  const undated = new Map<string, AssembledIntervention>();
  const ordered = [...loose].sort(
    (a, b) => compareStrings(a.clip.capturedAt, b.clip.capturedAt) || compareStrings(a.clip.id, b.clip.id),
  );
  for (const item of ordered) {
    const candidates = bySpeaker.get(item.speaker.key);
    const at = epochSeconds(item.clip.capturedAt);
    const host = candidates
      ? nearest(candidates, at, (iv) => captureWindow(iv, capturedById, recordingStartedAtEpoch))
      : (undated.get(item.speaker.key) ?? null);
    if (host) add(host, item);
    else undated.set(item.speaker.key, add(emptyUndated(item.speaker), item));
  }

  const undatedList = [...undated.values()].sort((a, b) => compareStrings(a.speaker.display, b.speaker.display));
  return [...timed, ...undatedList];
}

function captureWindow(
  iv: AssembledIntervention,
  capturedById: Map<string, number>,
  recordingStartedAtEpoch: number | null,
): [number, number] {
  if (recordingStartedAtEpoch !== null && iv.start !== null && iv.end !== null) {
    // A quote is saved during or soon after the statement it comes from.
    return [recordingStartedAtEpoch + iv.start, recordingStartedAtEpoch + iv.end];
  }
  const times = iv.clipIds.map((id) => capturedById.get(id)!).filter((t) => Number.isFinite(t));
  return times.length ? [Math.min(...times), Math.max(...times)] : [NaN, NaN];
}

function nearest(
  list: AssembledIntervention[],
  at: number,
  window: (iv: AssembledIntervention) => [number, number],
): AssembledIntervention {
  let best = list[0]!;
  let bestDistance = Infinity;
  for (const iv of list) {
    const [from, to] = window(iv);
    const distance = at < from ? from - at : at > to ? at - to : 0;
    if (Number.isFinite(distance) && distance < bestDistance) {
      best = iv;
      bestDistance = distance;
    }
  }
  return best;
}

function emptyUndated(speaker: SpeakerRef): AssembledIntervention {
  return {
    id: '',
    speaker,
    start: null,
    end: null,
    openEnd: false,
    clipIds: [],
    dissentingClipIds: [],
    conflicts: [],
    tags: [],
    notes: [],
    quotes: [],
  };
}

function add(host: AssembledIntervention, item: LooseClip): AssembledIntervention {
  const { clip } = item;
  host.clipIds = [...host.clipIds, clip.id].sort(compareStrings);
  host.tags = [...new Set([...host.tags, ...clip.tags])].sort(compareStrings);
  if (clip.note.trim()) host.notes = [...host.notes, clip.note.trim()];
  if (clip.quote?.trim()) host.quotes = [...host.quotes, clip.quote.trim()];
  if (item.unplaced) {
    const conflict: Conflict = { kind: 'unplaced', clipIds: [clip.id], reason: item.unplaced };
    host.conflicts = [...host.conflicts, conflict];
  }
  if (!item.speaker.known && !host.speaker.known && host.start === null && host.conflicts.every((c) => c.kind !== 'unknown-speaker')) {
    host.conflicts = [...host.conflicts, { kind: 'unknown-speaker', clipIds: [clip.id], speakers: [clip.speaker.trim()] }];
  }
  return host;
}

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
 * speaker spoke more than once. Otherwise they form an undated intervention per speaker.
 * Hosts are copied, never changed in place, so a caller's interventions stay as they were.
 */
export function attachLoose(
  timed: readonly AssembledIntervention[],
  loose: readonly LooseClip[],
  clips: readonly ClipIn[],
  recordingStartedAtEpoch: number | null,
): { hosts: AssembledIntervention[]; undated: AssembledIntervention[] } {
  const hosts = [...timed];
  if (loose.length === 0) return { hosts, undated: [] };

  const looseKeys = new Set(loose.map((l) => l.speaker.key));
  // Only needed without a recording start, and then built once.
  let capturedById: Map<string, number> | null = null;
  const captured = () => (capturedById ??= new Map(clips.map((c) => [c.id, epochSeconds(c.capturedAt)])));
  const bySpeaker = new Map<string, { index: number; from: number; to: number }[]>();
  timed.forEach((iv, index) => {
    if (!looseKeys.has(iv.speaker.key)) return;
    const [from, to] = captureWindow(iv, captured, recordingStartedAtEpoch);
    const list = bySpeaker.get(iv.speaker.key) ?? [];
    list.push({ index, from, to });
    bySpeaker.set(iv.speaker.key, list);
  });

  const copied = new Set<number>();
  const undated = new Map<string, AssembledIntervention>();
  const ordered = [...loose].sort(
    (a, b) => compareStrings(a.clip.capturedAt, b.clip.capturedAt) || compareStrings(a.clip.id, b.clip.id),
  );
  for (const item of ordered) {
    const windows = bySpeaker.get(item.speaker.key);
    if (windows) {
      const index = nearest(windows, epochSeconds(item.clip.capturedAt));
      if (!copied.has(index)) {
        hosts[index] = { ...hosts[index]! };
        copied.add(index);
      }
      add(hosts[index]!, item);
    } else {
      const host = undated.get(item.speaker.key) ?? emptyUndated(item.speaker);
      undated.set(item.speaker.key, add(host, item));
    }
  }
  const undatedList = [...undated.values()].sort(
    (a, b) => compareStrings(a.speaker.display, b.speaker.display) || compareStrings(a.clipIds[0]!, b.clipIds[0]!),
  );
  return { hosts, undated: undatedList };
}

/** When the statement was being captured: its place on the wall clock, or its clips' save times. */
function captureWindow(
  iv: AssembledIntervention,
  captured: () => Map<string, number>,
  recordingStartedAtEpoch: number | null,
): [number, number] {
  if (recordingStartedAtEpoch !== null && iv.start !== null && iv.end !== null) {
    return [recordingStartedAtEpoch + iv.start, recordingStartedAtEpoch + iv.end];
  }
  const times = iv.clipIds.map((id) => captured().get(id)!).filter((t) => Number.isFinite(t));
  return times.length ? [Math.min(...times), Math.max(...times)] : [NaN, NaN];
}

function nearest(windows: readonly { index: number; from: number; to: number }[], at: number): number {
  let best = windows[0]!.index;
  let bestDistance = Infinity;
  for (const { index, from, to } of windows) {
    const distance = at < from ? from - at : at > to ? at - to : 0;
    if (Number.isFinite(distance) && distance < bestDistance) {
      best = index;
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
  const conflicts: Conflict[] = [...host.conflicts];
  if (item.unplaced) conflicts.push({ kind: 'unplaced', clipIds: [clip.id], reason: item.unplaced });
  if (!item.speaker.known && host.start === null) {
    const flagged = conflicts.find((c) => c.kind === 'unknown-speaker');
    if (flagged && flagged.kind === 'unknown-speaker') {
      flagged.clipIds = [...flagged.clipIds, clip.id].sort(compareStrings);
      flagged.speakers = [...new Set([...flagged.speakers, clip.speaker.trim()])].sort(compareStrings);
    } else conflicts.push({ kind: 'unknown-speaker', clipIds: [clip.id], speakers: [clip.speaker.trim()] });
  }
  host.conflicts = conflicts;
  return host;
}

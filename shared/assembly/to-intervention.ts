import type { Bounds } from './boundaries';
import type { Turn } from './disputes';
import { comparePlaced } from './grouping';
import type { AssembledIntervention, Conflict, SpeakerRef } from './model';
import { compareStrings } from './order';

export function toIntervention(candidate: Turn, bounds: Bounds): AssembledIntervention {
  const all = [...candidate.clips, ...candidate.dissent].sort(comparePlaced);
  const conflicts: Conflict[] = [];
  if (candidate.dissent.length > 0) {
    conflicts.push({
      kind: 'speaker',
      clipIds: candidate.dissent.map((p) => p.clip.id).sort(compareStrings),
      speakers: unique(candidate.dissent.map((p) => p.speaker.display)),
    });
  }
  const speaker = displayFor(candidate);
  if (!speaker.known) {
    conflicts.push({
      kind: 'unknown-speaker',
      clipIds: candidate.clips.map((p) => p.clip.id).sort(compareStrings),
      speakers: unique(candidate.clips.map((p) => p.clip.speaker.trim())),
    });
  }
  return {
    id: '',
    speaker,
    start: bounds.start,
    end: bounds.end,
    openEnd: bounds.openEnd,
    clipIds: all.map((p) => p.clip.id).sort(compareStrings),
    dissentingClipIds: candidate.dissent.map((p) => p.clip.id).sort(compareStrings),
    conflicts,
    tags: unique(candidate.clips.flatMap((p) => [...p.clip.tags])),
    notes: all.map((p) => p.clip.note.trim()).filter((n) => n.length > 0),
    quotes: all.map((p) => p.clip.quote?.trim() ?? '').filter((q) => q.length > 0),
  };
}

/** A known entity's name; for an unknown one, the spelling most observers typed. */
function displayFor(candidate: Turn): SpeakerRef {
  const first = candidate.clips[0]!.speaker;
  if (first.known) return first;
  const counts = new Map<string, number>();
  for (const p of candidate.clips) counts.set(p.speaker.display, (counts.get(p.speaker.display) ?? 0) + 1);
  const display = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
  return { ...first, display };
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

import { estimateBounds } from './boundaries';
import { buildCandidates, comparePlaced, resolveDisputes, type Candidate } from './grouping';
import { assignIds } from './identity';
import type { AssembledIntervention, AssemblyOptions, AssemblyResult, ClipIn, Conflict, OffsetEstimate, PlacedClip, SpeakerRef } from './model';
import { estimateLiveOffsets } from './live-offsets';
import { compareStrings } from './order';
import { attachLoose } from './quotes';

/**
 * Clips in, record out. Pure and deterministic: the clips are put in a total order first, so
 * the input order never matters, and every clip ends up in exactly one intervention.
 */
export function assemble(clips: readonly ClipIn[], options: AssemblyOptions): AssemblyResult {
  const resolve = memo(options.resolveSpeaker);
  const offsets = estimateLiveOffsets(clips, resolve, options.recordingStartedAtEpoch, options.manualOffsets);

  const placed: PlacedClip[] = [];
  const loose: { clip: ClipIn; speaker: SpeakerRef; unplaced: string | null }[] = [];
  for (const clip of clips) {
    const speaker = resolve(clip.speaker);
    const onRecording = place(clip, options.recordingStartedAtEpoch, offsets);
    if (onRecording) placed.push({ clip, speaker, ...onRecording });
    else loose.push({ clip, speaker, unplaced: clip.kind === 'webcast' ? 'no recording start to place a wall-clock clip' : null });
  }
  placed.sort(comparePlaced);

  const accepted = resolveDisputes(buildCandidates(placed));
  const bounds = estimateBounds(accepted);
  const timed = accepted.map((candidate, i) => toIntervention(candidate, bounds[i]!));

  const withLoose = attachLoose(timed, loose, clips, options.recordingStartedAtEpoch);
  return { interventions: assignIds(withLoose, options.previous ?? []), offsets };
}

function place(
  clip: ClipIn,
  recordingStartedAtEpoch: number | null,
  offsets: Record<string, OffsetEstimate>,
): { start: number; end: number | null } | null {
  if (clip.kind !== 'webcast' || clip.start === null) return null;
  let shift = 0;
  if (clip.clock === 'live') shift = offsets[clip.observerId]?.offset ?? 0;
  else if (clip.clock === 'wall') {
    if (recordingStartedAtEpoch === null) return null;
    shift = recordingStartedAtEpoch;
  }
  const start = Math.max(0, clip.start - shift);
  const end = clip.end === null ? null : Math.max(start, clip.end - shift);
  return { start, end };
}

function toIntervention(candidate: Candidate, bounds: { start: number; end: number; openEnd: boolean }): AssembledIntervention {
  const speaker = candidate.clips[0]!.speaker;
  const all = [...candidate.clips, ...candidate.dissent].sort(comparePlaced);
  const conflicts: Conflict[] = [];
  if (candidate.dissent.length > 0) {
    conflicts.push({
      kind: 'speaker',
      clipIds: candidate.dissent.map((p) => p.clip.id).sort(compareStrings),
      speakers: unique(candidate.dissent.map((p) => p.speaker.display)),
    });
  }
  if (!speaker.known) {
    conflicts.push({
      kind: 'unknown-speaker',
      clipIds: candidate.clips.map((p) => p.clip.id).sort(compareStrings),
      speakers: unique(candidate.clips.map((p) => p.clip.speaker.trim())),
    });
  }
  return {
    id: '',
    speaker: displayFor(candidate),
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
function displayFor(candidate: Candidate): SpeakerRef {
  const first = candidate.clips[0]!.speaker;
  if (first.known) return first;
  const counts = new Map<string, number>();
  for (const p of candidate.clips) counts.set(p.speaker.display, (counts.get(p.speaker.display) ?? 0) + 1);
  const display = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
  return { ...first, display };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function memo(resolve: (typed: string) => SpeakerRef): (typed: string) => SpeakerRef {
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


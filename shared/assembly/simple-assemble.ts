import type { AssembledIntervention, AssemblyClip, AssemblyContext } from './types';

/**
 * The first, simple assembly: clips of the same speaker whose ranges overlap or touch form one
 * intervention. Pure and order-independent: the input is sorted on a total order first.
 * The full assembly (aliases, live clocks, conflicts) replaces this later.
 */
export function simpleAssemble(clips: readonly AssemblyClip[], ctx: AssemblyContext): AssembledIntervention[] {
  const timed: { clip: AssemblyClip; start: number; end: number }[] = [];
  const undated: AssemblyClip[] = [];
  for (const clip of clips) {
    const range = toRecordingRange(clip, ctx);
    if (range) timed.push({ clip, ...range });
    else undated.push(clip);
  }

  timed.sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.clip.id, b.clip.id));

  const open = new Map<string, { start: number; end: number; clips: AssemblyClip[] }>();
  const groups: { start: number; end: number; clips: AssemblyClip[] }[] = [];
  for (const { clip, start, end } of timed) {
    const key = speakerKey(clip.speaker);
    const current = open.get(key);
    if (current && start <= current.end) {
      current.end = Math.max(current.end, end);
      current.clips.push(clip);
    } else {
      const group = { start, end, clips: [clip] };
      open.set(key, group);
      groups.push(group);
    }
  }

  const undatedBySpeaker = new Map<string, AssemblyClip[]>();
  for (const clip of [...undated].sort((a, b) => compareStrings(a.id, b.id))) {
    const key = speakerKey(clip.speaker);
    undatedBySpeaker.set(key, [...(undatedBySpeaker.get(key) ?? []), clip]);
  }

  const result = groups.map((g) => toIntervention(g.clips, g.start, g.end));
  result.sort((a, b) => a.start! - b.start! || compareStrings(a.speaker, b.speaker) || compareStrings(a.id, b.id));
  const undatedInterventions = [...undatedBySpeaker.values()]
    .map((group) => toIntervention(group, null, null))
    .sort((a, b) => compareStrings(a.speaker, b.speaker));
  return [...result, ...undatedInterventions];
}

/** Trimmed, whitespace-collapsed, case-folded: "USA " and "usa" are one speaker here. */
export function speakerKey(speaker: string): string {
  return speaker.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

function toRecordingRange(clip: AssemblyClip, ctx: AssemblyContext): { start: number; end: number } | null {
  if (clip.kind !== 'webcast' || clip.start === null) return null;
  let offset = 0;
  if (clip.clock === 'wall') {
    if (ctx.recordingStartedAtEpoch === null) return null;
    offset = ctx.recordingStartedAtEpoch;
  }
  const start = clip.start - offset;
  const end = (clip.end ?? clip.start) - offset;
  return { start, end: Math.max(start, end) };
}

function toIntervention(clips: AssemblyClip[], start: number | null, end: number | null): AssembledIntervention {
  const ids = clips.map((c) => c.id).sort(compareStrings);
  return {
    id: ids[0]!,
    speaker: displayName(clips),
    start,
    end,
    clipIds: ids,
    tags: uniqueSorted(clips.flatMap((c) => c.tags)),
    notes: byIdThen(clips, (c) => c.note.trim()),
    quotes: byIdThen(clips, (c) => c.quote?.trim() ?? ''),
  };
}

/** The spelling most observers typed; ties go to the first in code-point order. */
function displayName(clips: AssemblyClip[]): string {
  const counts = new Map<string, number>();
  for (const c of clips) {
    const name = c.speaker.trim().replace(/\s+/g, ' ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
}

function byIdThen(clips: AssemblyClip[], pick: (c: AssemblyClip) => string): string[] {
  return [...clips]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map(pick)
    .filter((text) => text.length > 0);
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Code-point order: independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

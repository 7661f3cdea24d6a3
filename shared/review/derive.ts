import type { Conflict } from '../assembly/model';
import { compareStrings } from '../assembly/order';
import type { ClipFacts, FreshIntervention, InterventionFields, StoredIntervention } from './model';

/**
 * The conflicts a reviewer still has to look at: a speaker conflict counts as resolved once a
 * reviewer locked the speaker having seen all its clips; a new dissenting clip raises it again.
 */
export function visibleConflicts(s: Pick<StoredIntervention, 'conflicts' | 'locked' | 'seenClipIds'>): Conflict[] {
  if (!s.locked.includes('speaker')) return [...s.conflicts];
  const seen = new Set(s.seenClipIds);
  return s.conflicts.filter((c) => c.kind === 'unplaced' || !c.clipIds.every((id) => seen.has(id)));
}

/** Start order with undated ones last, then end, then id: a total order of interventions. */
export function compareByPlace(
  a: { id: string; start: number | null; end: number | null },
  b: { id: string; start: number | null; end: number | null },
): number {
  const sa = a.start ?? Infinity;
  const sb = b.start ?? Infinity;
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ea = a.end ?? Infinity;
  const eb = b.end ?? Infinity;
  if (ea !== eb) return ea < eb ? -1 : 1;
  return compareStrings(a.id, b.id);
}

/**
 * Which of several reviewed interventions a new clip joins when assembly put it in one turn with
 * clips of each (say, both halves of a split): the one whose time span holds its start, else the
 * nearest; on a tie the later-starting one, so a clip starting exactly at a split point goes
 * to the second half. A clip without a time joins the one with most clips in that turn.
 */
export function pickHost(
  start: number | null,
  hosts: readonly { id: string; start: number | null; end: number | null; shared: number }[],
): string {
  const ranked = [...hosts].sort((a, b) => {
    if (start === null) return b.shared - a.shared || compareByPlace(a, b);
    const da = distance(start, a);
    const db = distance(start, b);
    if (da !== db) return da - db;
    return (b.start ?? -Infinity) - (a.start ?? -Infinity) || compareStrings(a.id, b.id);
  });
  return ranked[0]!.id;
}

function distance(at: number, span: { start: number | null; end: number | null }): number {
  if (span.start === null) return Infinity;
  const end = span.end ?? span.start;
  return at < span.start ? span.start - at : at > end ? at - end : 0;
}

/**
 * What assembly makes of a reviewed intervention's clips: taken from the fresh turns its clips
 * anchor (`anchoring`, sorted by id). With one turn whose clips it all holds, this is exactly that
 * turn's own values, so an intervention a reviewer merely looked at is not seen to change.
 * Without any anchoring turn, the stored values stand.
 */
export function assembledView(
  stored: StoredIntervention,
  clipIds: readonly string[],
  anchoring: readonly FreshIntervention[],
  dissent: ReadonlySet<string>,
  clips: ReadonlyMap<string, ClipFacts & { rank?: number }>,
): Omit<InterventionFields, 'status' | 'summary'> {
  const dissenting = clipIds.filter((id) => dissent.has(id));
  const supporting = clipIds.filter((id) => !dissent.has(id));
  const byRank = [...clipIds].sort((a, b) => rankOf(clips, a) - rankOf(clips, b) || compareStrings(a, b));
  const text = (pick: (c: ClipFacts) => string | null) =>
    byRank.map((id) => clips.get(id)).flatMap((c) => (c ? [pick(c)?.trim() ?? ''] : [])).filter((s) => s.length > 0);
  const derived = {
    clipIds: [...clipIds],
    dissentingClipIds: dissenting,
    notes: text((c) => c.note),
    quotes: text((c) => c.quote),
    tags: [...new Set(supporting.flatMap((id) => [...(clips.get(id)?.tags ?? [])]))].sort(compareStrings),
  };
  if (anchoring.length === 0) {
    const { speaker, start, end, openEnd, conflicts } = stored;
    return { ...derived, speaker, start, end, openEnd, conflicts };
  }
  const held = new Set(clipIds);
  const shared = (f: FreshIntervention) => f.clipIds.filter((id) => held.has(id)).length;
  const primary = [...anchoring].sort((a, b) => shared(b) - shared(a) || compareByPlace(a, b))[0]!;
  const starts = anchoring.map((f) => f.start).filter((s) => s !== null);
  const last = [...anchoring].filter((f) => f.end !== null).sort((a, b) => b.end! - a.end! || compareStrings(a.id, b.id))[0];
  return {
    ...derived,
    speaker: primary.speaker,
    start: starts.length > 0 ? Math.min(...starts) : null,
    end: last ? last.end : null,
    openEnd: last ? last.openEnd : false,
    conflicts: restrictConflicts(anchoring, held),
  };
}

function rankOf(clips: ReadonlyMap<string, { rank?: number }>, id: string): number {
  return clips.get(id)?.rank ?? Infinity;
}

/** The turns' conflicts, each narrowed to the given clips; those left without clips go. */
export function restrictConflicts(turns: readonly { conflicts: readonly Conflict[] }[], clipIds: ReadonlySet<string>): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const turn of turns) {
    for (const conflict of turn.conflicts) {
      const kept = conflict.clipIds.filter((id) => clipIds.has(id));
      if (kept.length === 0) continue;
      const narrowed = { ...conflict, clipIds: kept } as Conflict;
      const key = JSON.stringify(narrowed);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(narrowed);
    }
  }
  return out;
}

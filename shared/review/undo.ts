import { compareStrings } from '../assembly/order';
import { assembledView, compareByPlace, pickHost, restrictConflicts } from './derive';
import { changesOf, lockSet, type Edited, type Snapshot } from './edits';
import type { ClipFacts, StoredIntervention } from './model';

/** What a history entry needs to say for undo; revisions come newest first. */
export interface HistoryEntry {
  version: number;
  at: string;
  action: string;
  changes: Record<string, { from: unknown; to: unknown } | undefined>;
}

/** The structural change an undo would take back, as the named intervention's history tells it. */
export type Structural =
  | { kind: 'merge'; revision: HistoryEntry; gone: string }
  | { kind: 'split'; revision: HistoryEntry; first: string }
  | { kind: 'none' };

/** The revisions `lastStructural` reads; the others it passes over. */
export const STRUCTURAL_ACTIONS = ['merge', 'split', 'undo-merge', 'undo-split'] as const;
const STRUCTURAL = new Set<string>(STRUCTURAL_ACTIONS);
const idIn = (change: { to: unknown } | undefined) => (typeof change?.to === 'string' ? change.to : null);

/**
 * The latest merge or split of an intervention that no later undo took back. Undos stack: each
 * one takes back the newest structural change not yet undone, so walking back, an undo cancels
 * the next structural change found. A split names its first half (`self` unless it is the
 * second); the first half's history does not name the second.
 */
export function lastStructural(self: string, history: readonly HistoryEntry[]): Structural {
  let undone = 0;
  for (const r of history) {
    if (!STRUCTURAL.has(r.action)) continue;
    if (r.action.startsWith('undo-')) {
      undone++;
      continue;
    }
    if (undone > 0) {
      undone--;
      continue;
    }
    if (r.action === 'merge') {
      const gone = idIn(r.changes.mergedFrom);
      // Merged away itself: nothing of its own to undo (a live one is never in that state).
      return gone ? { kind: 'merge', revision: r, gone } : { kind: 'none' };
    }
    const first = idIn(r.changes.splitFrom);
    return { kind: 'split', revision: r, first: first ?? self };
  }
  return { kind: 'none' };
}

/**
 * What an undo of the intervention would take back now, as the undo route decides it: null where it
 * answers `nothing_to_undo`. `history` may hold only its structural revisions, newest first.
 */
export function undoableOf(self: string, history: readonly HistoryEntry[]): 'merge' | 'split' | null {
  const last = lastStructural(self, history);
  return last.kind === 'none' ? null : last.kind;
}

/** Clips facts as placement gave them, for notes, quotes and a new clip's half. */
type Facts = ReadonlyMap<string, ClipFacts & { rank?: number }>;

/** The intervention with a snapshot's fields and these clips; notes and quotes follow its clips. */
function rebuilt(current: StoredIntervention, before: Snapshot, clipIds: string[], facts: Facts, from: readonly StoredIntervention[]): StoredIntervention {
  const kept = new Set(clipIds);
  const dissenting = [...new Set(from.flatMap((s) => s.dissentingClipIds))].filter((id) => kept.has(id)).sort(compareStrings);
  const base = { ...current, clipIds, dissentingClipIds: dissenting };
  const view = assembledView(base, clipIds, [], new Set(dissenting), facts);
  // A clip that came after the reviewer last looked stays new; what they saw stays seen.
  const seen = new Set(from.flatMap((s) => s.seenClipIds));
  return {
    ...base,
    speaker: before.speaker,
    start: before.start,
    end: before.end,
    openEnd: before.openEnd,
    summary: before.summary,
    tags: [...before.tags],
    status: before.status,
    locked: lockSet(before.locked),
    notes: view.notes,
    quotes: view.quotes,
    conflicts: restrictConflicts(from, kept),
    seenClipIds: clipIds.filter((id) => seen.has(id)),
    touched: true,
    mergedInto: null,
    version: current.version + 1,
  };
}

/**
 * Takes back a merge: each gets the fields and locks it had just before it, and its clips back.
 * A clip that arrived after the merge goes to the one whose span holds its start (as assembly
 * would have sent it), so no clip is lost or held twice.
 */
export function undoMerge(
  kept: StoredIntervention,
  gone: StoredIntervention,
  before: { kept: Snapshot; gone: Snapshot },
  facts: Facts,
): { kept: Edited; gone: Edited } {
  const wasKept = new Set(before.kept.clipIds);
  const wasGone = new Set(before.gone.clipIds);
  const hosts = [
    { id: kept.id, start: before.kept.start, end: before.kept.end, shared: before.kept.clipIds.length },
    { id: gone.id, start: before.gone.start, end: before.gone.end, shared: before.gone.clipIds.length },
  ];
  const hostOf = (id: string) =>
    wasKept.has(id) ? kept.id : wasGone.has(id) ? gone.id : pickHost(facts.get(id)?.start ?? null, hosts);
  const keptClips = kept.clipIds.filter((id) => hostOf(id) === kept.id);
  const goneClips = kept.clipIds.filter((id) => hostOf(id) === gone.id);
  const nextKept = rebuilt(kept, before.kept, keptClips, facts, [kept]);
  const nextGone = rebuilt(gone, before.gone, goneClips, facts, [kept]);
  return {
    kept: { next: nextKept, changes: { ...changesOf(kept, nextKept), mergedFrom: { from: gone.id, to: null } } },
    gone: { next: nextGone, changes: { ...changesOf(gone, nextGone), mergedInto: { from: kept.id, to: null } } },
  };
}

/**
 * Takes back a split: the first half gets the fields and locks it had just before it and every
 * clip of both halves (new ones included); the second half leaves the record, merged into it.
 */
export function undoSplit(
  first: StoredIntervention,
  second: StoredIntervention,
  before: Snapshot,
  facts: Facts,
): { first: Edited; second: Edited } {
  const clipIds = [...new Set([...first.clipIds, ...second.clipIds])].sort(compareStrings);
  const next = rebuilt(first, before, clipIds, facts, [first, second]);
  const gone: StoredIntervention = {
    ...second,
    clipIds: [],
    dissentingClipIds: [],
    seenClipIds: [],
    touched: true,
    mergedInto: first.id,
    version: second.version + 1,
  };
  return {
    first: { next, changes: { ...changesOf(first, next), splitInto: { from: second.id, to: null } } },
    second: { next: gone, changes: { ...changesOf(second, gone), mergedInto: { from: null, to: first.id } } },
  };
}

/**
 * Where an intervention coming back into the record goes: before the first one (by position) that
 * it sorts before by place. `shiftAfter` makes room; null when it goes last.
 */
export function placeFor(
  back: { id: string; start: number | null; end: number | null },
  live: readonly { id: string; start: number | null; end: number | null; position: number }[],
): { position: number; shiftAfter: number | null } {
  const others = [...live].filter((r) => r.id !== back.id).sort((a, b) => a.position - b.position);
  const next = others.find((r) => compareByPlace(back, r) < 0);
  if (next) return { position: next.position, shiftAfter: next.position - 1 };
  return { position: (others.at(-1)?.position ?? -1) + 1, shiftAfter: null };
}

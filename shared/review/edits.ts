import type { RecordSpeaker } from '../schemas/record';
import { compareStrings } from '../assembly/order';
import { assembledView, compareByPlace, restrictConflicts } from './derive';
import { diff } from './diff';
import {
  LOCKABLE_FIELDS,
  type Changes,
  type ClipFacts,
  type InterventionStatus,
  type LockableField,
  type StoredIntervention,
} from './model';

/** A reviewer's edit, the speaker already resolved to a record speaker. */
export interface ReviewPatch {
  speaker?: RecordSpeaker;
  start?: number;
  end?: number;
  summary?: string;
  tags?: string[];
  status?: InterventionStatus;
}

/** The fields a revision keeps, and restore brings back. */
export interface Snapshot {
  speaker: RecordSpeaker;
  start: number | null;
  end: number | null;
  openEnd: boolean;
  summary: string;
  tags: string[];
  status: InterventionStatus;
  locked: LockableField[];
  clipIds: string[];
}

export interface Edited {
  next: StoredIntervention;
  changes: Changes;
}

export type EditResult<T> = ({ ok: true } & T) | { ok: false; path: string; message: string };

const CHANGE_FIELDS = ['speaker', 'start', 'end', 'openEnd', 'summary', 'tags', 'status', 'clipIds'] as const;

export function snapshotOf(s: StoredIntervention): Snapshot {
  const { speaker, start, end, openEnd, summary, tags, status, locked, clipIds } = s;
  return { speaker, start, end, openEnd, summary, tags, status, locked, clipIds };
}

export function lockSet(...lists: readonly (readonly string[])[]): LockableField[] {
  const all = new Set(lists.flat());
  return LOCKABLE_FIELDS.filter((f) => all.has(f));
}

/** The reviewer has now seen everything it holds, and it is theirs: a revision up. */
export function touch(s: StoredIntervention, fields: Partial<StoredIntervention>): StoredIntervention {
  const next = { ...s, ...fields };
  return { ...next, version: s.version + 1, touched: true, seenClipIds: [...next.clipIds] };
}

export const changesOf = (before: StoredIntervention, after: StoredIntervention): Changes => diff(before, after, CHANGE_FIELDS);

/** Every field given is set and locked; times must stay in order with the ones not given. */
export function applyPatch(current: StoredIntervention, patch: ReviewPatch): EditResult<Edited> {
  const start = patch.start ?? current.start;
  const end = patch.end ?? current.end;
  if (start !== null && end !== null && start > end) {
    return { ok: false, path: patch.start !== undefined ? 'start' : 'end', message: 'must not be after the end' };
  }
  const given = LOCKABLE_FIELDS.filter((f) => patch[f] !== undefined);
  const fields: Partial<StoredIntervention> = { locked: lockSet(current.locked, given) };
  if (patch.speaker) fields.speaker = patch.speaker;
  if (patch.start !== undefined) fields.start = patch.start;
  if (patch.end !== undefined) Object.assign(fields, { end: patch.end, openEnd: false });
  if (patch.summary !== undefined) fields.summary = patch.summary;
  if (patch.tags) fields.tags = [...new Set(patch.tags)];
  if (patch.status) fields.status = patch.status;
  const next = touch(current, fields);
  return { ok: true, next, changes: changesOf(current, next) };
}

/**
 * Splits at `at` (strictly inside the span): clips starting before it stay, the others go to
 * the second half, which takes `newId`. Both halves lock their times; the summary stays with
 * the first. Clips without a time stay with the first.
 */
export function applySplit(
  current: StoredIntervention,
  at: number,
  newId: string,
  clips: ReadonlyMap<string, ClipFacts & { rank?: number }>,
): EditResult<{ first: Edited; second: StoredIntervention }> {
  if (current.start === null || current.end === null || !(current.start < at && at < current.end)) {
    return { ok: false, path: 'at', message: 'must lie strictly between the start and the end' };
  }
  const goes = (id: string) => {
    const start = clips.get(id)?.start;
    return start !== undefined && start !== null && start >= at;
  };
  const half = (clipIds: string[], over: Partial<StoredIntervention>): StoredIntervention => {
    const kept = new Set(clipIds);
    const base = { ...current, clipIds, dissentingClipIds: current.dissentingClipIds.filter((id) => kept.has(id)) };
    const view = assembledView(base, clipIds, [], new Set(base.dissentingClipIds), clips);
    return {
      ...base,
      notes: view.notes,
      quotes: view.quotes,
      tags: current.locked.includes('tags') ? current.tags : view.tags,
      conflicts: restrictConflicts([current], kept),
      ...over,
    };
  };
  const locked = lockSet(current.locked, ['start', 'end']);
  const firstHalf = half(current.clipIds.filter((id) => !goes(id)), { end: at, openEnd: false, locked });
  const first = touch(current, firstHalf);
  const secondHalf = half(current.clipIds.filter(goes), {
    id: newId,
    start: at,
    summary: '',
    locked: locked.filter((f) => f !== 'summary'),
    mergedInto: null,
    splitFrom: current.id,
  });
  const second: StoredIntervention = { ...secondHalf, version: 1, touched: true, seenClipIds: [...secondHalf.clipIds] };
  return { ok: true, first: { next: first, changes: changesOf(current, first) }, second };
}

/**
 * Merges two interventions into the earlier one, which keeps its id and speaker: the union of
 * clips, the span of both, both summaries. The status is theirs when they agree, else
 * needs-review. The other is marked merged away and holds nothing.
 */
export function applyMerge(
  a: StoredIntervention,
  b: StoredIntervention,
  clips: ReadonlyMap<string, ClipFacts & { rank?: number }>,
): { target: Edited; merged: Edited } {
  const [target, other] = compareByPlace(a, b) <= 0 ? [a, b] : [b, a];
  const clipIds = [...new Set([...target.clipIds, ...other.clipIds])].sort(compareStrings);
  const dissent = new Set([...target.dissentingClipIds, ...other.dissentingClipIds]);
  const view = assembledView(target, clipIds, [], dissent, clips);
  const starts = [target.start, other.start].filter((s) => s !== null);
  const ends = [target, other].filter((s) => s.end !== null).sort((x, y) => y.end! - x.end!);
  const next = touch(target, {
    clipIds,
    dissentingClipIds: clipIds.filter((id) => dissent.has(id)),
    notes: view.notes,
    quotes: view.quotes,
    conflicts: restrictConflicts([target, other], new Set(clipIds)),
    start: starts.length > 0 ? Math.min(...starts) : null,
    end: ends[0]?.end ?? null,
    openEnd: ends[0]?.openEnd ?? false,
    tags: [...new Set([...target.tags, ...other.tags])].sort(compareStrings),
    summary: [target.summary, other.summary].filter((s) => s.trim().length > 0).join('\n\n'),
    status: target.status === other.status ? target.status : 'needs-review',
    locked: lockSet(target.locked, other.locked, ['speaker', 'start', 'end']),
  });
  const gone = touch(other, { clipIds: [], dissentingClipIds: [], mergedInto: target.id });
  const mergedChanges = { ...changesOf(other, gone), mergedInto: { from: null, to: target.id } };
  return { target: { next, changes: changesOf(target, next) }, merged: { next: gone, changes: mergedChanges } };
}

/**
 * Brings back an earlier revision's fields and locks. Which clips it holds is not rolled back,
 * so a restore can never lose a clip.
 */
export function applyRestore(current: StoredIntervention, snapshot: Snapshot): Edited {
  const { speaker, start, end, openEnd, summary, tags, status, locked } = snapshot;
  const next = touch(current, { speaker, start, end, openEnd, summary, tags, status, locked: lockSet(locked) });
  return { next, changes: changesOf(current, next) };
}

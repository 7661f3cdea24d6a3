import type { Snapshot } from '../../shared/review/edits';
import { lastStructural, placeFor, undoMerge, undoSplit } from '../../shared/review/undo';
import type { Intervention, Revision, UndoInput, UndoResult } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { AppError } from '../errors';
import { toJsonRow } from '../repositories/intervention-rows';
import { listRevisions, livePlaces, readTargets, splitOffs, writeReview, type ReviewTarget } from '../repositories/revisions';
import { liveTarget, revision, SnapshotSchema, view } from './review';
import { factsOf } from './review-structure';

export type UndoRefusal = 'stale' | 'nothing_to_undo' | 'undo_ambiguous';
export type UndoOutcome = { ok: true; value: UndoResult } | { ok: false; code: UndoRefusal; message: string; current: Intervention };

const STALE = 'The intervention changed since the version this undo was based on';

/** Thrown inside; answered as a 409 with the intervention as it is now. */
class Refused extends Error {
  constructor(
    readonly code: UndoRefusal,
    message: string,
  ) {
    super(message);
  }
}
const ambiguous = (message: string) => new Refused('undo_ambiguous', message);

/**
 * Undoes the latest merge or split of an intervention that no undo took back yet: after a merge
 * both come back as they were just before it (clips that arrived since go to the one whose span
 * holds them); after a split the second half rejoins the first, which gets its fields back. When
 * a later merge or split of the other intervention makes that unclear, nothing is guessed.
 */
export async function undoStructure(db: Db, caller: Caller, id: string, input: UndoInput): Promise<UndoOutcome> {
  const target = await liveTarget(db, caller, id);
  if (target.stored.version !== input.baseVersion) return { ok: false, code: 'stale', message: STALE, current: view(target) };
  try {
    const value = await undoLatest(db, caller, target);
    if (value) return { ok: true, value };
    return { ok: false, code: 'stale', message: STALE, current: view(await liveTarget(db, caller, id)) };
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    return { ok: false, code: e.code, message: e.message, current: view(target) };
  }
}

const historyOf = async (db: Db, caller: Caller, id: string): Promise<Revision[]> => (await listRevisions(db, caller.team.id, id)) ?? [];

function snapshotAt(revisions: readonly Revision[], version: number): Snapshot {
  const found = revisions.find((r) => r.version === version);
  const parsed = found ? SnapshotSchema.safeParse(found.snapshot) : null;
  if (!parsed?.success) throw ambiguous('Its state before that change is not in the history');
  return parsed.data as Snapshot;
}

/** Null when a write raced this one (the guarded batch wrote nothing). */
async function undoLatest(db: Db, caller: Caller, target: ReviewTarget): Promise<UndoResult | null> {
  const self = target.stored.id;
  const history = await historyOf(db, caller, self);
  // The record's `undoable` (undoableOf) is this same rule, so its card never offers what this refuses here.
  const last = lastStructural(self, history);
  if (last.kind === 'none') throw new Refused('nothing_to_undo', 'This intervention has no merge or split left to undo');
  return last.kind === 'merge'
    ? undoMergeOf(db, caller, target, history, last.gone, last.revision.version)
    : undoSplitOf(db, caller, target, history, last.first, last.revision.at);
}

async function undoMergeOf(
  db: Db,
  caller: Caller,
  kept: ReviewTarget,
  keptHistory: Revision[],
  goneId: string,
  mergeVersion: number,
): Promise<UndoResult | null> {
  const gone = (await readTargets(db, caller.team.id, [goneId])).get(goneId);
  if (!gone || gone.stored.mergedInto !== kept.stored.id) throw ambiguous('The other intervention of that merge has changed since');
  const goneHistory = await historyOf(db, caller, goneId);
  const goneLast = lastStructural(goneId, goneHistory);
  if (goneLast.kind !== 'none' || goneHistory[0]?.action !== 'merge') throw ambiguous('The other intervention of that merge has changed since');
  const before = { kept: snapshotAt(keptHistory, mergeVersion - 1), gone: snapshotAt(goneHistory, goneHistory[0].version - 1) };
  const result = undoMerge(kept.stored, gone.stored, before, factsOf([kept]));

  const places = (await livePlaces(db, kept.dialogueId)).map((p) => (p.id === kept.stored.id ? { ...p, ...result.kept.next } : p));
  const place = placeFor(result.gone.next, places);
  const keptPosition = kept.position + (place.shiftAfter !== null && kept.position > place.shiftAfter ? 1 : 0);
  const now = new Date().toISOString();
  const by = caller.member.id;
  const reason = `undid the merge of version ${mergeVersion}`;
  const ok = await writeReview(db, {
    dialogueId: kept.dialogueId,
    guards: [
      { id: kept.stored.id, version: kept.stored.version },
      { id: goneId, version: gone.stored.version, mergedInto: kept.stored.id },
    ],
    revisions: [
      revision(kept.stored, { at: now, by, action: 'undo-merge', changes: result.kept.changes, reason }, result.kept.next),
      revision(gone.stored, { at: now, by, action: 'undo-merge', changes: result.gone.changes, reason }, result.gone.next),
    ],
    ...(place.shiftAfter !== null ? { shiftAfter: place.shiftAfter } : {}),
    updates: [toJsonRow(result.kept.next, keptPosition), toJsonRow(result.gone.next, place.position)],
    move: { from: kept.stored.id, to: goneId, clipIds: result.gone.next.clipIds },
    now,
    by,
  });
  if (!ok) return null;
  return { undone: 'merge', interventions: await reread(db, caller, [kept.stored.id, goneId]) };
}

async function undoSplitOf(
  db: Db,
  caller: Caller,
  named: ReviewTarget,
  namedHistory: Revision[],
  firstId: string,
  splitAt: string,
): Promise<UndoResult | null> {
  const namedIsFirst = firstId === named.stored.id;
  // The first half's history does not name the second: the one split off it at that very write does.
  const otherIds = namedIsFirst ? await splitOffs(db, caller.team.id, named.stored.id) : [firstId];
  const found = await readTargets(db, caller.team.id, otherIds);
  const otherHistories = await Promise.all(otherIds.map(async (other) => [other, await historyOf(db, caller, other)] as const));
  const histories = new Map<string, Revision[]>([[named.stored.id, namedHistory], ...otherHistories]);
  const atThisSplit = (t: ReviewTarget | undefined): t is ReviewTarget =>
    t !== undefined && t.stored.mergedInto === null && lastSplitAt(t.stored.id, histories.get(t.stored.id)!) === splitAt;
  const first = namedIsFirst ? named : found.get(firstId);
  const second = namedIsFirst ? otherIds.map((o) => found.get(o)).find(atThisSplit) : named;
  if (!atThisSplit(first) || !atThisSplit(second) || second.stored.splitFrom !== first.stored.id) {
    throw ambiguous('The other half of that split has been merged or split since');
  }
  const firstHistory = histories.get(first.stored.id)!;
  const splitVersion = firstHistory.find((r) => r.action === 'split' && r.at === splitAt)!.version;
  const result = undoSplit(first.stored, second.stored, snapshotAt(firstHistory, splitVersion - 1), factsOf([first, second]));

  const now = new Date().toISOString();
  const by = caller.member.id;
  const reason = `undid the split of version ${splitVersion}`;
  const ok = await writeReview(db, {
    dialogueId: first.dialogueId,
    guards: [first, second].map((t) => ({ id: t.stored.id, version: t.stored.version })),
    revisions: [
      revision(first.stored, { at: now, by, action: 'undo-split', changes: result.first.changes, reason }, result.first.next),
      revision(second.stored, { at: now, by, action: 'undo-split', changes: result.second.changes, reason }, result.second.next),
    ],
    updates: [toJsonRow(result.first.next, first.position), toJsonRow(result.second.next, second.position)],
    move: { from: second.stored.id, to: first.stored.id },
    now,
    by,
  });
  if (!ok) return null;
  return { undone: 'split', interventions: await reread(db, caller, [first.stored.id]) };
}

/** The time of the split an intervention's history would undo next, if that is a split. */
function lastSplitAt(id: string, history: readonly Revision[]): string | null {
  const last = lastStructural(id, history);
  return last.kind === 'split' ? last.revision.at : null;
}

/** The interventions as written, in record order. */
async function reread(db: Db, caller: Caller, ids: string[]): Promise<Intervention[]> {
  const found = await readTargets(db, caller.team.id, ids);
  const targets = ids.map((i) => found.get(i)).filter((t): t is ReviewTarget => t !== undefined);
  if (targets.length !== ids.length) throw new AppError(500, 'internal', 'The undone interventions could not be read back');
  return targets.sort((a, b) => a.index - b.index).map((t) => view(t));
}

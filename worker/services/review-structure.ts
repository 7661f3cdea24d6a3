import type { OffsetEstimate } from '../../shared/assembly/model';
import { applyMerge, applySplit } from '../../shared/review/edits';
import type { Intervention, MergeInput, SplitInput } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { invalid, notFound } from '../errors';
import { toJsonRow } from '../repositories/intervention-rows';
import { readTargets, writeReview, type ReviewTarget } from '../repositories/revisions';
import { placeForEdit } from './clip-facts';
import { baselines, liveTarget, revision, staleNow, view, written, type Outcome } from './review';

export const factsOf = (targets: readonly ReviewTarget[]) =>
  placeForEdit(
    targets.flatMap((t) => t.clips),
    targets[0]!.dialogue.recordingStartedAt,
    targets[0]!.dialogue.offsets as Record<string, OffsetEstimate>,
  );

/**
 * Splits an intervention at `at`: the first half keeps the id, the second is new; clips go by
 * their start on the recording clock (placed as the last assembly placed them).
 */
export async function splitIntervention(
  db: Db,
  caller: Caller,
  id: string,
  input: SplitInput,
): Promise<Outcome<[Intervention, Intervention]>> {
  const target = await liveTarget(db, caller, id);
  const current = target.stored;
  if (current.version !== input.baseVersion) return { ok: false, current: view(target) };
  const result = applySplit(current, input.at, crypto.randomUUID(), factsOf([target]));
  if (!result.ok) throw invalid([{ path: result.path, message: result.message }]);
  const { first, second } = result;
  const now = new Date().toISOString();
  const by = caller.member.id;
  const splitAt = { splitAt: { from: null, to: input.at } };
  const ok = await writeReview(db, {
    dialogueId: target.dialogueId,
    guards: [{ id, version: current.version }],
    revisions: [...baselines([target]), revision(current, { at: now, by, action: 'split', changes: { ...first.changes, ...splitAt } }, first.next)],
    insertedRevisions: [revision(second, { at: now, by, action: 'split', changes: { splitFrom: { from: null, to: id }, ...splitAt } }, second)],
    shiftAfter: target.position,
    insert: { row: toJsonRow(second, target.position + 1), teamId: caller.team.id },
    updates: [toJsonRow(first.next, target.position)],
    move: { from: id, to: second.id, clipIds: second.clipIds },
    now,
    by,
  });
  if (!ok) return staleNow(db, caller, id);
  return {
    ok: true,
    value: [written(target, first.next, caller, now), written(target, second, caller, now, target.index + 1)],
  };
}

/**
 * Merges two interventions of one dialogue into the earlier one; the other is marked merged
 * away, leaves the record and stays merged through every re-assembly.
 */
export async function mergeInterventions(db: Db, caller: Caller, input: MergeInput): Promise<Outcome<Intervention>> {
  const found = await readTargets(db, caller.team.id, input.ids);
  const targets = input.ids.map((id) => found.get(id));
  const [a, b] = targets;
  if (!a || !b || a.stored.mergedInto !== null || b.stored.mergedInto !== null) throw notFound('intervention');
  if (a.dialogueId !== b.dialogueId) throw invalid([{ path: 'ids', message: 'must name interventions of one dialogue' }]);
  const staleOne = [a, b].find((t, i) => t.stored.version !== input.baseVersions[i]);
  if (staleOne) return { ok: false, current: view(staleOne) };

  const { target, merged } = applyMerge(a.stored, b.stored, factsOf([a, b]));
  const [kept, gone] = target.next.id === a.stored.id ? [a, b] : [b, a];
  const now = new Date().toISOString();
  const by = caller.member.id;
  const ok = await writeReview(db, {
    dialogueId: a.dialogueId,
    guards: [a, b].map((t) => ({ id: t.stored.id, version: t.stored.version })),
    revisions: [
      ...baselines([kept, gone]),
      revision(kept.stored, { at: now, by, action: 'merge', changes: { ...target.changes, mergedFrom: { from: null, to: gone.stored.id } } }, target.next),
      revision(gone.stored, { at: now, by, action: 'merge', changes: merged.changes }, merged.next),
    ],
    updates: [toJsonRow(target.next, kept.position), toJsonRow(merged.next, gone.position)],
    move: { from: gone.stored.id, to: kept.stored.id },
    now,
    by,
  });
  if (!ok) {
    const now = await readTargets(db, caller.team.id, input.ids);
    const moved = [a, b].find((t) => now.get(t.stored.id)?.stored.version !== t.stored.version) ?? a;
    return staleNow(db, caller, moved.stored.id);
  }
  const memberOf = new Map([...kept.memberOf, ...gone.memberOf]);
  const index = kept.index - (gone.index < kept.index ? 1 : 0);
  return { ok: true, value: written({ ...kept, memberOf }, target.next, caller, now, index) };
}

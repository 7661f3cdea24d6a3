import * as z from '../../shared/zod';
import { applyPatch, applyRestore, snapshotOf, type ReviewPatch, type Snapshot } from '../../shared/review/edits';
import type { Changes, StoredIntervention } from '../../shared/review/model';
import {
  INTERVENTION_STATUSES,
  LOCKABLE_FIELDS,
  RecordSpeakerSchema,
  type Intervention,
  type InterventionPatch,
  type RestoreInput,
  type Revision,
} from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { AppError, invalid, notFound } from '../errors';
import { toJsonRow } from '../repositories/intervention-rows';
import { findSnapshot, listRevisions, readTargets, writeReview, type ReviewTarget, type RevisionRow } from '../repositories/revisions';
import { toIntervention } from './intervention-view';
import { speakerIndexFor, speakerResolver } from './speakers';

/** A review write's outcome: done, or refused as stale with the intervention as it is now. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; current: Intervention };

/** The team's intervention that is still in the record; anything else is not found. */
export async function liveTarget(db: Db, caller: Caller, id: string): Promise<ReviewTarget> {
  const target = (await readTargets(db, caller.team.id, [id])).get(id);
  if (!target || target.stored.mergedInto !== null) throw notFound('intervention');
  return target;
}

export function view(target: ReviewTarget, s: StoredIntervention = target.stored, index = target.index): Intervention {
  return toIntervention(s, { position: index, memberOf: target.memberOf, updatedAt: target.updatedAt, updatedBy: target.updatedBy });
}

/** The answer after a write, without reading it back: the caller wrote it, just now. */
export function written(target: ReviewTarget, s: StoredIntervention, caller: Caller, now: string, index = target.index): Intervention {
  const updatedBy = { id: caller.member.id, name: caller.member.name };
  return toIntervention(s, { position: index, memberOf: target.memberOf, updatedAt: now, updatedBy });
}

/** After a write that found the intervention changed under it: what it is now. */
export async function staleNow(db: Db, caller: Caller, id: string): Promise<Outcome<never>> {
  return { ok: false, current: view(await liveTarget(db, caller, id)) };
}

/**
 * The revision a never-reviewed draft starts its history with: assembly's version of it, so the
 * history shows what the reviewer started from and a restore can go back to it.
 */
export function baselines(targets: readonly ReviewTarget[]): RevisionRow[] {
  return targets
    .filter((t) => t.lastRevision === null)
    .map((t) => revision(t.stored, { at: t.updatedAt, by: null, action: 'assembled', changes: {} }, t.stored));
}

export function revision(
  s: StoredIntervention,
  r: { at: string; by: string | null; action: Revision['action']; changes: Changes; reason?: string | null },
  after: StoredIntervention,
): RevisionRow {
  return {
    id: crypto.randomUUID(),
    interventionId: s.id,
    version: after.version,
    at: r.at,
    by: r.by,
    action: r.action,
    changes: r.changes,
    snapshot: snapshotOf(after),
    reason: r.reason ?? null,
  };
}

/** PATCH: sets and locks every field given, as one revision. */
export async function editIntervention(db: Db, caller: Caller, id: string, input: InterventionPatch): Promise<Outcome<Intervention>> {
  const target = await liveTarget(db, caller, id);
  const current = target.stored;
  if (current.version !== input.baseVersion) return { ok: false, current: view(target) };
  const patch: ReviewPatch = { ...input, speaker: input.speaker ? await resolveSpeaker(db, target, input.speaker) : undefined };
  const result = applyPatch(current, patch);
  if (!result.ok) throw invalid([{ path: result.path, message: result.message }]);
  const now = new Date().toISOString();
  const onlyStatus = LOCKABLE_FIELDS.every((f) => f === 'status' || input[f] === undefined);
  const edit = revision(current, { at: now, by: caller.member.id, action: onlyStatus ? 'status' : 'edit', changes: result.changes, reason: input.reason }, result.next);
  const ok = await writeReview(db, {
    dialogueId: target.dialogueId,
    guards: [{ id, version: current.version }],
    revisions: [...baselines([target]), edit],
    updates: [toJsonRow(result.next, target.position)],
    now,
    by: caller.member.id,
  });
  if (!ok) return staleNow(db, caller, id);
  return { ok: true, value: written(target, result.next, caller, now) };
}

/**
 * A reviewer's speaker: with a code, that entity of the table or the dialogue's participants
 * under the name given; with `code: null`, the name as typed and unknown; with no code, the name
 * looked up as observers' names are.
 */
async function resolveSpeaker(db: Db, target: ReviewTarget, input: { name: string; code?: string | null }): Promise<ReviewPatch['speaker']> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (input.code === null) return { name, code: null, kind: null, known: false };
  const index = await speakerIndexFor(db, target.dialogue.participants);
  if (input.code !== undefined) {
    const entity = index.entities.get(input.code);
    if (!entity) throw invalid([{ path: 'speaker.code', message: 'is not a known speaker code' }]);
    return { name, code: entity.id, kind: entity.kind, known: true };
  }
  const { resolve, kindOf } = speakerResolver(index);
  const found = resolve(name);
  return { name: found.display, code: found.entityId, kind: kindOf(found.entityId), known: found.known };
}

export const SnapshotSchema = z.object({
  speaker: RecordSpeakerSchema,
  start: z.nullable(z.number()),
  end: z.nullable(z.number()),
  openEnd: z.boolean(),
  summary: z.string(),
  tags: z.array(z.string()),
  status: z.enum(INTERVENTION_STATUSES),
  locked: z.array(z.enum(LOCKABLE_FIELDS)),
  clipIds: z.array(z.string()),
});

/** Brings back an earlier revision's fields and locks as a new revision. */
export async function restoreIntervention(db: Db, caller: Caller, id: string, input: RestoreInput): Promise<Outcome<Intervention>> {
  const target = await liveTarget(db, caller, id);
  const current = target.stored;
  if (current.version !== input.baseVersion) return { ok: false, current: view(target) };
  const stored = await findSnapshot(db, id, input.version);
  if (!stored) throw invalid([{ path: 'version', message: 'is not a stored revision of this intervention' }]);
  const parsed = SnapshotSchema.safeParse(stored);
  if (!parsed.success) throw new AppError(500, 'internal', 'That revision cannot be restored');
  const { next, changes } = applyRestore(current, parsed.data as Snapshot);
  const now = new Date().toISOString();
  const reason = `restored version ${input.version}`;
  const ok = await writeReview(db, {
    dialogueId: target.dialogueId,
    guards: [{ id, version: current.version }],
    revisions: [...baselines([target]), revision(current, { at: now, by: caller.member.id, action: 'restore', changes, reason }, next)],
    updates: [toJsonRow(next, target.position)],
    now,
    by: caller.member.id,
  });
  if (!ok) return staleNow(db, caller, id);
  return { ok: true, value: written(target, next, caller, now) };
}

/** The history, newest first; a merged-away intervention's too. */
export async function interventionRevisions(db: Db, caller: Caller, id: string): Promise<Revision[]> {
  const list = await listRevisions(db, caller.team.id, id);
  if (!list) throw notFound('intervention');
  return list;
}

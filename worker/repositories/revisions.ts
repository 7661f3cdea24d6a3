import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ClipIn } from '../../shared/assembly/model';
import type { StoredIntervention } from '../../shared/review/model';
import type { Actor, DialogueParticipant, Revision } from '../../shared/schemas';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { clips, dialogues, interventionClips, interventions, members, revisions } from '../db/schema';
import { ASSIGN_FROM_JSON, CLIP_FACT_COLUMNS, toStored, value, type JsonRow } from './intervention-rows';

/** One intervention as an edit reads it, with what the answer and the edit's side effects need. */
export interface ReviewTarget {
  stored: StoredIntervention;
  teamId: string;
  dialogueId: string;
  /** Its index among the dialogue's interventions that are not merged away. */
  index: number;
  position: number;
  updatedAt: string;
  updatedBy: Actor | null;
  /** The newest stored revision's version, or null when it has none yet (a draft). */
  lastRevision: number | null;
  memberOf: Map<string, string>;
  clips: ClipIn[];
  dialogue: { recordingStartedAt: string | null; offsets: Record<string, unknown>; participants: DialogueParticipant[] };
}

// Where it stands in the record: how many of its dialogue's live interventions come before it.
const INDEX_IN_RECORD = sql<number>`(SELECT COUNT(*) FROM interventions AS o WHERE o.dialogue_id = "interventions"."dialogue_id"
  AND o.merged_into IS NULL AND (o.position < "interventions"."position"
  OR (o.position = "interventions"."position" AND o.id < "interventions"."id")))`;

/** The team's interventions with these ids (merged-away ones included), in one read batch. */
export async function readTargets(db: Db, teamId: string, ids: readonly string[]): Promise<Map<string, ReviewTarget>> {
  const [rows, links, latest] = await db.batch([
    db
      .select({
        row: interventions,
        updatedByName: members.name,
        recordingStartedAt: dialogues.recordingStartedAt,
        offsets: dialogues.assembledOffsets,
        participants: dialogues.participants,
        index: INDEX_IN_RECORD,
      })
      .from(interventions)
      .innerJoin(dialogues, eq(dialogues.id, interventions.dialogueId))
      .leftJoin(members, eq(members.id, interventions.updatedBy))
      .where(and(eq(interventions.teamId, teamId), inArray(interventions.id, [...ids]))),
    db
      .select({
        interventionId: interventionClips.interventionId,
        role: interventionClips.role,
        clip: CLIP_FACT_COLUMNS,
      })
      .from(interventionClips)
      .innerJoin(interventions, eq(interventions.id, interventionClips.interventionId))
      .innerJoin(clips, eq(clips.id, interventionClips.clipId))
      .where(and(eq(interventions.teamId, teamId), inArray(interventions.id, [...ids]))),
    db
      .select({ interventionId: revisions.interventionId, version: sql<number>`MAX(${revisions.version})` })
      .from(revisions)
      .where(inArray(revisions.interventionId, [...ids]))
      .groupBy(revisions.interventionId),
  ]);
  const found = new Map<string, ReviewTarget>();
  for (const r of rows) {
    const own = links.filter((l) => l.interventionId === r.row.id);
    found.set(r.row.id, {
      stored: toStored(r.row, own.map((l) => ({ clipId: l.clip.id, role: l.role }))),
      teamId: r.row.teamId,
      dialogueId: r.row.dialogueId,
      index: r.index,
      position: r.row.position,
      updatedAt: r.row.updatedAt ?? r.row.createdAt,
      updatedBy: r.row.updatedBy ? { id: r.row.updatedBy, name: r.updatedByName ?? '' } : null,
      lastRevision: latest.find((l) => l.interventionId === r.row.id)?.version ?? null,
      memberOf: new Map(own.map((l) => [l.clip.id, l.clip.observerId])),
      clips: own.map((l) => l.clip),
      dialogue: { recordingStartedAt: r.recordingStartedAt, offsets: r.offsets, participants: r.participants as DialogueParticipant[] },
    });
  }
  return found;
}

export interface RevisionRow {
  id: string;
  interventionId: string;
  version: number;
  at: string;
  by: string | null;
  action: Revision['action'];
  changes: unknown;
  snapshot: unknown;
  reason: string | null;
}

export interface ReviewWrite {
  dialogueId: string;
  /**
   * The interventions as the edit read them: every one must still be at that version, and live,
   * or merged into `mergedInto` when given (an undone merge's other half).
   */
  guards: { id: string; version: number; mergedInto?: string }[];
  /** The first one's id guards every later statement. */
  revisions: RevisionRow[];
  /** Revisions of the inserted intervention, stored after it. */
  insertedRevisions?: RevisionRow[];
  updates: JsonRow[];
  /** A new intervention (a split's second half). */
  insert?: { row: JsonRow; teamId: string };
  /** Moves links from one intervention to another: all of them, or only these clips. */
  move?: { from: string; to: string; clipIds?: string[] };
  /** Makes room after this position for an inserted intervention. */
  shiftAfter?: number;
  now: string;
  by: string;
}

/**
 * Writes a reviewer's edit in one atomic batch. The first statement stores the revisions only if
 * every intervention is still at the version the edit read (the unique (intervention, version)
 * index backs this up); every later statement runs only if that revision exists, so a stale edit
 * writes nothing at all. The dialogue's review_revision goes up, so an assembly that read the
 * old state writes nothing either. Answers whether the edit was written.
 */
export async function writeReview(db: Db, w: ReviewWrite): Promise<boolean> {
  const matches = sql.join(
    w.guards.map((g) => {
      const merged = g.mergedInto === undefined ? sql`merged_into IS NULL` : sql`merged_into = ${g.mergedInto}`;
      return sql`(id = ${g.id} AND version = ${g.version} AND ${merged})`;
    }),
    sql` OR `,
  );
  const fresh = sql`(SELECT COUNT(*) FROM ${interventions} WHERE ${matches}) = ${w.guards.length}`;
  const written = sql`EXISTS (SELECT 1 FROM ${revisions} WHERE id = ${w.revisions[0]!.id})`;
  const statements: SQL[] = [insertRevisions(w.revisions, fresh)];
  if (w.shiftAfter !== undefined) {
    statements.push(sql`UPDATE ${interventions} SET position = position + 1
      WHERE dialogue_id = ${w.dialogueId} AND position > ${w.shiftAfter} AND ${written}`);
  }
  if (w.insert) {
    const r = w.insert.row;
    statements.push(sql`INSERT INTO ${interventions} (id, team_id, dialogue_id, position, version, speaker, speaker_entity_id,
        speaker_kind, speaker_known, "start", "end", open_end, status, summary, tags, notes, quotes, conflicts, locked,
        seen_clip_ids, split_from, touched_at, updated_at, updated_by)
      SELECT ${r.id}, ${w.insert.teamId}, ${w.dialogueId}, ${r.position}, ${r.version}, ${r.speaker}, ${r.speakerEntityId},
        ${r.speakerKind}, ${r.speakerKnown ? 1 : 0}, ${r.start}, ${r.end}, ${r.openEnd ? 1 : 0}, ${r.status}, ${r.summary},
        ${JSON.stringify(r.tags)}, ${JSON.stringify(r.notes)}, ${JSON.stringify(r.quotes)}, ${JSON.stringify(r.conflicts)},
        ${JSON.stringify(r.locked)}, ${JSON.stringify(r.seenClipIds)}, ${r.splitFrom}, ${w.now}, ${w.now}, ${w.by}
      WHERE ${written}`);
    statements.push(insertRevisions(w.insertedRevisions ?? [], written));
  }
  statements.push(sql`UPDATE ${interventions} SET ${ASSIGN_FROM_JSON}, touched_at = COALESCE(touched_at, ${w.now}),
      updated_at = ${w.now}, updated_by = ${w.by}
    FROM json_each(${JSON.stringify(w.updates)}) WHERE ${interventions.id} = ${value('id')} AND ${written}`);
  if (w.move) {
    const only = w.move.clipIds ? sql` AND clip_id IN (SELECT value FROM json_each(${JSON.stringify(w.move.clipIds)}))` : sql``;
    statements.push(sql`UPDATE ${interventionClips} SET intervention_id = ${w.move.to}
      WHERE intervention_id = ${w.move.from}${only} AND ${written}`);
  }
  statements.push(sql`UPDATE ${dialogues} SET review_revision = review_revision + 1 WHERE id = ${w.dialogueId} AND ${written}`);
  const results = await rawBatch(db, statements);
  return (results[0]?.meta.changes ?? 0) > 0;
}

const insertRevisions = (rows: readonly RevisionRow[], guard: SQL) =>
  sql`INSERT INTO ${revisions} (id, intervention_id, version, at, by, action, changes, snapshot, reason)
    SELECT ${value('id')}, ${value('interventionId')}, ${value('version')}, ${value('at')}, ${value('by')},
      ${value('action')}, ${value('changes')}, ${value('snapshot')}, ${value('reason')}
    FROM json_each(${JSON.stringify(rows)}) WHERE ${guard}`;

/** An intervention's revisions, newest first; null when it is not the team's. */
export async function listRevisions(db: Db, teamId: string, interventionId: string): Promise<Revision[] | null> {
  const [owned, rows] = await db.batch([
    db
      .select({ id: interventions.id })
      .from(interventions)
      .where(and(eq(interventions.teamId, teamId), eq(interventions.id, interventionId))),
    db
      .select({ revision: revisions, byName: members.name })
      .from(revisions)
      .innerJoin(interventions, eq(interventions.id, revisions.interventionId))
      .leftJoin(members, eq(members.id, revisions.by))
      .where(and(eq(interventions.teamId, teamId), eq(revisions.interventionId, interventionId)))
      .orderBy(desc(revisions.version)),
  ]);
  if (owned.length === 0) return null;
  return rows.map(({ revision: r, byName }) => ({
    version: r.version,
    at: r.at,
    by: r.by ? { id: r.by, name: byName ?? '' } : null,
    action: r.action,
    changes: r.changes,
    snapshot: r.snapshot,
    reason: r.reason,
  }));
}

/** One revision's snapshot, or null when the intervention has no such version stored. */
export async function findSnapshot(db: Db, interventionId: string, version: number): Promise<Record<string, unknown> | null> {
  const row = await db
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.interventionId, interventionId), eq(revisions.version, version)))
    .get();
  return row?.snapshot ?? null;
}

/** The team's interventions split off this one (their split_from names it). */
export async function splitOffs(db: Db, teamId: string, id: string): Promise<string[]> {
  const rows = await db
    .select({ id: interventions.id })
    .from(interventions)
    .where(and(eq(interventions.teamId, teamId), eq(interventions.splitFrom, id)));
  return rows.map((r) => r.id);
}

/** Where each live intervention of a dialogue stands, for placing one that comes back. */
export async function livePlaces(db: Db, dialogueId: string) {
  return db
    .select({ id: interventions.id, start: interventions.start, end: interventions.end, position: interventions.position })
    .from(interventions)
    .where(and(eq(interventions.dialogueId, dialogueId), isNull(interventions.mergedInto)));
}

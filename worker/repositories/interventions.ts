import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { STRUCTURAL_ACTIONS } from '../../shared/review/undo';
import { emptyStatusCounts, type Revision, type StatusCounts } from '../../shared/schemas';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { clips, dialogues, interventionClips, interventions, members, revisions } from '../db/schema';
import { ASSIGN_FROM_JSON, chunks, HELD, value, type InterventionRow, type JsonRow } from './intervention-rows';

export interface DraftLink {
  interventionId: string;
  clipId: string;
  role: 'support' | 'dissent';
}

/** A reviewed intervention assembly changed, with the 'assembled' revision that records it. */
export interface HeldChange {
  row: JsonRow & { fromVersion: number };
  revision: { id: string; interventionId: string; version: number; changes: unknown; snapshot: unknown };
}

export interface AssemblyWrite {
  teamId: string;
  dialogueId: string;
  /** The clips_revision the assembly read. */
  revision: number;
  /** The review_revision it read: a reviewer's write since then voids this one. */
  reviewRevision: number;
  drafts: JsonRow[];
  /** The drafts' links, and the full links of every changed reviewed intervention. */
  links: DraftLink[];
  changed: HeldChange[];
  /** Reviewed interventions assembly left as they were, whose place in the record moved. */
  positions: { id: string; position: number }[];
  offsets: Record<string, unknown>;
  /** ISO instant of the write, for the changed interventions and their revisions. */
  now: string;
}

/**
 * Stores an assembly's result in one atomic batch: replaces the draft interventions, updates the
 * reviewed ones it changed (each with an 'assembled' revision) and records the revision it was
 * assembled from. Every statement is guarded: nothing is written when the dialogue's
 * clips_revision moved on since the assembly read it (a newer run will write), when a run for
 * this revision already wrote, or when a reviewer wrote meanwhile (review_revision moved; the
 * next read of the record assembles again). Answers whether this run wrote.
 */
export async function writeAssembly(db: Db, w: AssemblyWrite): Promise<boolean> {
  const current = sql`EXISTS (SELECT 1 FROM ${dialogues} WHERE id = ${w.dialogueId} AND clips_revision = ${w.revision}
    AND assembled_revision < ${w.revision} AND review_revision = ${w.reviewRevision})`;
  const changedIds = JSON.stringify(w.changed.map((c) => c.row.id));
  // Drafts' links, changed reviewed ones' (rewritten whole), and any a merged-away one still had.
  const relinked = sql`SELECT id FROM ${interventions} WHERE dialogue_id = ${w.dialogueId}
    AND (NOT ${HELD} OR merged_into IS NOT NULL OR id IN (SELECT value FROM json_each(${changedIds})))`;
  const statements: SQL[] = [
    sql`DELETE FROM ${interventionClips} WHERE intervention_id IN (${relinked}) AND ${current}`,
    sql`DELETE FROM ${interventions} WHERE dialogue_id = ${w.dialogueId} AND NOT ${HELD} AND ${current}`,
    ...chunks(w.drafts).map(
      (rows) => sql`
        INSERT INTO ${interventions} (id, team_id, dialogue_id, position, version, speaker, speaker_entity_id, speaker_kind,
          speaker_known, "start", "end", open_end, status, tags, notes, quotes, conflicts)
        SELECT ${value('id')}, ${w.teamId}, ${w.dialogueId}, ${value('position')}, ${value('version')}, ${value('speaker')},
          ${value('speakerEntityId')}, ${value('speakerKind')}, ${value('speakerKnown')}, ${value('start')},
          ${value('end')}, ${value('openEnd')}, 'draft', ${value('tags')}, ${value('notes')}, ${value('quotes')},
          ${value('conflicts')}
        FROM json_each(${rows}) WHERE ${current}`,
    ),
    ...chunks(w.changed.map((c) => c.row)).map(
      (rows) => sql`
        UPDATE ${interventions} SET ${ASSIGN_FROM_JSON}, updated_at = ${w.now}, updated_by = NULL
        FROM json_each(${rows})
        WHERE ${interventions.id} = ${value('id')} AND ${interventions.version} = ${value('fromVersion')} AND ${current}`,
    ),
    ...chunks(w.positions).map(
      (rows) => sql`
        UPDATE ${interventions} SET position = ${value('position')} FROM json_each(${rows})
        WHERE ${interventions.id} = ${value('id')} AND ${current}`,
    ),
    ...chunks(w.links).map(
      (rows) => sql`
        INSERT INTO ${interventionClips} (intervention_id, clip_id, role)
        SELECT ${value('interventionId')}, ${value('clipId')}, ${value('role')}
        FROM json_each(${rows}) WHERE ${current}`,
    ),
    ...chunks(w.changed.map((c) => c.revision)).map(
      (rows) => sql`
        INSERT INTO ${revisions} (id, intervention_id, version, at, by, action, changes, snapshot)
        SELECT ${value('id')}, ${value('interventionId')}, ${value('version')}, ${w.now}, NULL, 'assembled',
          ${value('changes')}, ${value('snapshot')}
        FROM json_each(${rows}) WHERE ${current}`,
    ),
    // Last: once it has run, `current` is false for any other batch of the same revision.
    sql`UPDATE ${dialogues} SET assembled_revision = ${w.revision}, assembled_offsets = ${JSON.stringify(w.offsets)}
      WHERE id = ${w.dialogueId} AND clips_revision = ${w.revision} AND assembled_revision < ${w.revision}
        AND review_revision = ${w.reviewRevision}`,
  ];
  const results = await rawBatch(db, statements);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

export interface StoredRecord {
  clipsRevision: number;
  assembledRevision: number;
  offsets: Record<string, unknown>;
  interventions: { row: InterventionRow; updatedByName: string | null }[];
  links: { interventionId: string; clipId: string; memberId: string; role: 'support' | 'dissent' }[];
  /** The shown interventions' merges, splits and undos, each one's newest first (what undo reads). */
  structural: { interventionId: string; version: number; at: string; action: Revision['action']; changes: Record<string, { from: unknown; to: unknown }> }[];
}

/**
 * A team's dialogue's stored record and revisions, from one consistent snapshot; null if not the
 * team's. Interventions merged away are left out.
 */
export async function readRecord(db: Db, teamId: string, dialogueId: string): Promise<StoredRecord | null> {
  const [dialogueRows, interventionRows, links, structural] = await db.batch([
    db
      .select({
        clipsRevision: dialogues.clipsRevision,
        assembledRevision: dialogues.assembledRevision,
        offsets: dialogues.assembledOffsets,
      })
      .from(dialogues)
      .where(and(eq(dialogues.teamId, teamId), eq(dialogues.id, dialogueId))),
    db
      .select({ row: interventions, updatedByName: members.name })
      .from(interventions)
      .leftJoin(members, eq(members.id, interventions.updatedBy))
      .where(and(eq(interventions.teamId, teamId), eq(interventions.dialogueId, dialogueId), isNull(interventions.mergedInto)))
      .orderBy(asc(interventions.position), asc(interventions.id)),
    db
      .select({
        interventionId: interventionClips.interventionId,
        clipId: interventionClips.clipId,
        memberId: clips.memberId,
        role: interventionClips.role,
      })
      .from(interventionClips)
      .innerJoin(interventions, eq(interventions.id, interventionClips.interventionId))
      .innerJoin(clips, eq(clips.id, interventionClips.clipId))
      .where(and(eq(interventions.teamId, teamId), eq(interventions.dialogueId, dialogueId), isNull(interventions.mergedInto)))
      .orderBy(asc(interventionClips.clipId)),
    // One read for the whole record (not one per intervention): few revisions are structural.
    db
      .select({
        interventionId: revisions.interventionId,
        version: revisions.version,
        at: revisions.at,
        action: revisions.action,
        changes: revisions.changes,
      })
      .from(revisions)
      .innerJoin(interventions, eq(interventions.id, revisions.interventionId))
      .where(
        and(
          eq(interventions.teamId, teamId),
          eq(interventions.dialogueId, dialogueId),
          isNull(interventions.mergedInto),
          inArray(revisions.action, [...STRUCTURAL_ACTIONS]),
        ),
      )
      .orderBy(asc(revisions.interventionId), desc(revisions.version)),
  ]);
  const dialogue = dialogueRows[0];
  if (!dialogue) return null;
  return { ...dialogue, interventions: interventionRows, links, structural };
}

/**
 * How many interventions of each status the team's dialogues hold (merged-away ones not
 * counted), as last assembled; a dialogue without any gets zeros. One statement.
 */
export async function statusCounts(db: Db, teamId: string, dialogueIds: readonly string[]): Promise<Map<string, StatusCounts>> {
  if (dialogueIds.length === 0) return new Map();
  // A few dialogues are named (D1 binds at most 100 parameters); a long list reads the whole team.
  const only = dialogueIds.length <= 50 ? inArray(interventions.dialogueId, [...dialogueIds]) : undefined;
  const rows = await db
    .select({ dialogueId: interventions.dialogueId, status: interventions.status, n: sql<number>`COUNT(*)` })
    .from(interventions)
    .where(and(eq(interventions.teamId, teamId), isNull(interventions.mergedInto), only))
    .groupBy(interventions.dialogueId, interventions.status)
    .all();
  const counts = new Map(dialogueIds.map((id) => [id, emptyStatusCounts()]));
  for (const row of rows) {
    const c = counts.get(row.dialogueId);
    if (c) c[row.status] = row.n;
  }
  return counts;
}

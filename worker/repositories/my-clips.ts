import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { REVIEWED_STATUSES } from '../../shared/review/clip-lock';
import type { InterventionStatus } from '../../shared/review/model';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { clips, dialogues, interventionClips, interventions } from '../db/schema';
import type { ClipRecord } from './clips';

export type ClipRow = typeof clips.$inferSelect;

/** An intervention that holds a clip, as far as the clip's editability needs it. */
export interface Holder {
  clipId: string;
  interventionId: string;
  status: InterventionStatus;
  locked: string[];
  role: 'support' | 'dissent';
}

/** Clip rows with the interventions holding them, read in one batch (one snapshot). */
async function readWithHolders(db: Db, where: SQL): Promise<{ rows: ClipRow[]; holders: Holder[] }> {
  const [rows, holders] = await db.batch([
    db.select().from(clips).where(where).orderBy(clips.capturedAt, clips.id),
    db
      .select({
        clipId: interventionClips.clipId,
        interventionId: interventions.id,
        status: interventions.status,
        locked: interventions.locked,
        role: interventionClips.role,
      })
      .from(interventionClips)
      .innerJoin(interventions, eq(interventions.id, interventionClips.interventionId))
      .where(and(inArray(interventionClips.clipId, db.select({ id: clips.id }).from(clips).where(where)), isNull(interventions.mergedInto))),
  ]);
  return { rows, holders: holders as Holder[] };
}

/** One clip of the team, whoever wrote it, with its holders; null when the team has no such clip. */
export async function findTeamClip(db: Db, teamId: string, id: string): Promise<{ row: ClipRow; holders: Holder[] } | null> {
  const { rows, holders } = await readWithHolders(db, and(eq(clips.teamId, teamId), eq(clips.id, id))!);
  return rows[0] ? { row: rows[0], holders } : null;
}

/** A member's clips in one dialogue, oldest capture first, with their holders. */
export function listMemberClips(db: Db, teamId: string, memberId: string, dialogueId: string) {
  return readWithHolders(db, and(eq(clips.teamId, teamId), eq(clips.memberId, memberId), eq(clips.dialogueId, dialogueId))!);
}

const reviewed = sql.raw(REVIEWED_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * The SQL twin of clipLock (shared/review/clip-lock.ts): some live intervention holding the clip
 * was reviewed, or has a field a reviewer set.
 */
const lockedClip = (clipId: string) => sql`EXISTS (
  SELECT 1 FROM ${interventionClips} AS ic JOIN ${interventions} AS i ON i.id = ic.intervention_id
  WHERE ic.clip_id = ${clipId} AND i.merged_into IS NULL AND (i.status IN (${reviewed}) OR i.locked <> '[]'))`;

export interface ClipEdit {
  teamId: string;
  memberId: string;
  record: ClipRecord;
  /** The hash the clip held when the edit was read; another edit since then makes this one write nothing. */
  fromHash: string;
  contentHash: string;
}

/**
 * Writes an edited clip and marks its dialogue for re-assembly, in one atomic batch, and only
 * while the clip is still the member's, unchanged since it was read and held by no reviewed
 * intervention. Answers whether it wrote.
 */
export async function updateClip(db: Db, edit: ClipEdit): Promise<boolean> {
  const { record: r, teamId, memberId } = edit;
  const [, , read] = await rawBatch(db, [
    sql`
      UPDATE ${clips} SET speaker = ${r.speaker}, tags = ${JSON.stringify(r.tags)}, note = ${r.note}, channel = ${r.channel},
        "start" = ${r.start}, "end" = ${r.end}, content_hash = ${edit.contentHash}
      WHERE id = ${r.id} AND team_id = ${teamId} AND member_id = ${memberId} AND content_hash = ${edit.fromHash}
        AND NOT ${lockedClip(r.id)}`,
    // Only when the row above now holds this edit: a refused write must not make the record stale.
    sql`
      UPDATE ${dialogues} SET clips_revision = clips_revision + 1
      WHERE id = ${r.dialogueId} AND team_id = ${teamId}
        AND EXISTS (SELECT 1 FROM ${clips} WHERE id = ${r.id} AND content_hash = ${edit.contentHash})`,
    sql`SELECT content_hash AS contentHash FROM ${clips} WHERE id = ${r.id}`,
  ]);
  const row = read?.results?.[0] as { contentHash?: string } | undefined;
  return row?.contentHash === edit.contentHash;
}

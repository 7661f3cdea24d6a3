import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { dialogues, liveOffsets } from '../db/schema';

// Any change of a manual offset changes the assembly's input: the dialogue becomes stale.
const bumpRevision = (dialogueId: string) =>
  sql`UPDATE ${dialogues} SET clips_revision = clips_revision + 1 WHERE id = ${dialogueId}`;

/** Sets a member's manual offset and marks the dialogue for re-assembly, atomically. */
export async function upsertLiveOffset(
  db: Db,
  row: { dialogueId: string; memberId: string; offset: number; setBy: string },
): Promise<void> {
  await rawBatch(db, [
    sql`
      INSERT INTO ${liveOffsets} (dialogue_id, member_id, "offset", set_by)
      VALUES (${row.dialogueId}, ${row.memberId}, ${row.offset}, ${row.setBy})
      ON CONFLICT (dialogue_id, member_id) DO UPDATE SET
        "offset" = excluded."offset", set_by = excluded.set_by, set_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    bumpRevision(row.dialogueId),
  ]);
}

/** Clears a member's manual offset and marks the dialogue for re-assembly, atomically. */
export async function deleteLiveOffset(db: Db, dialogueId: string, memberId: string): Promise<void> {
  await rawBatch(db, [
    sql`DELETE FROM ${liveOffsets} WHERE dialogue_id = ${dialogueId} AND member_id = ${memberId}`,
    bumpRevision(dialogueId),
  ]);
}

/** The manual offsets of a dialogue, as a query for a read batch. */
export const liveOffsetsQuery = (db: Db, dialogueId: string) =>
  db.select({ memberId: liveOffsets.memberId, offset: liveOffsets.offset }).from(liveOffsets).where(eq(liveOffsets.dialogueId, dialogueId));

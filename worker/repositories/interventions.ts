import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { interventionClips, interventions } from '../db/schema';

export interface DraftIntervention {
  id: string;
  speaker: string;
  start: number | null;
  end: number | null;
  clipIds: string[];
  tags: string[];
  notes: string[];
  quotes: string[];
}

/**
 * Replaces a dialogue's draft interventions with a freshly assembled list, atomically. Reviewed
 * or approved ones are not touched. Rows and links travel as one JSON parameter each, so the
 * statement count does not grow with the number of interventions.
 */
export async function replaceDraftInterventions(
  db: Db,
  teamId: string,
  dialogueId: string,
  drafts: DraftIntervention[],
): Promise<void> {
  const rows = JSON.stringify(drafts.map((d, position) => ({ ...d, position })));
  const links = JSON.stringify(drafts.flatMap((d) => d.clipIds.map((clipId) => ({ interventionId: d.id, clipId }))));
  const drafted = sql`SELECT id FROM ${interventions} WHERE dialogue_id = ${dialogueId} AND team_id = ${teamId} AND status = 'draft'`;
  await rawBatch(db, [
    sql`DELETE FROM ${interventionClips} WHERE intervention_id IN (${drafted})`,
    sql`DELETE FROM ${interventions} WHERE id IN (${drafted})`,
    sql`
      INSERT INTO ${interventions} (id, team_id, dialogue_id, position, speaker, "start", "end", status, tags, notes, quotes)
      SELECT json_extract(value, '$.id'), ${teamId}, ${dialogueId}, json_extract(value, '$.position'),
        json_extract(value, '$.speaker'), json_extract(value, '$.start'), json_extract(value, '$.end'), 'draft',
        json_extract(value, '$.tags'), json_extract(value, '$.notes'), json_extract(value, '$.quotes')
      FROM json_each(${rows}) WHERE true`,
    sql`
      INSERT INTO ${interventionClips} (intervention_id, clip_id)
      SELECT json_extract(value, '$.interventionId'), json_extract(value, '$.clipId')
      FROM json_each(${links}) WHERE true`,
  ]);
}

import { sql } from 'drizzle-orm';
import type { Clock } from '../../shared/schemas';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { clips } from '../db/schema';

/** A validated clip, flattened to the columns it is stored in. */
export interface ClipRecord {
  id: string;
  dialogueId: string;
  kind: 'webcast' | 'page';
  clock: Clock | null;
  start: number | null;
  end: number | null;
  url: string | null;
  speaker: string;
  tags: string[];
  note: string;
  channel: string;
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number | null;
  positionEnd: number | null;
  capturedAt: string;
  /**
   * Wall-clock marks of a webcast clip. Absent (not null) when the clip came without them, so the
   * content hash of a clip sent before marks existed stays what it was.
   */
  markedStart?: string;
  markedEnd?: string | null;
}

/** What the database holds under a clip's id after an insert, and whether its dialogue is the team's. */
export interface StoredState {
  dialogueIsTeams: boolean;
  /** The clip's dialogue's record is older than its clips (a new clip bumped clips_revision). */
  dialogueIsStale: boolean;
  /** Null when no clip has this id (its insert was skipped because the dialogue is not the team's). */
  holder: { teamId: string; contentHash: string } | null;
}

type StateRow = {
  idx: number;
  teamId: string | null;
  contentHash: string | null;
  dialogueId: string | null;
  stale: number | null;
};

const field = (name: keyof ClipRecord | 'contentHash') => sql.raw(`json_extract(value, '$.${name}')`);

/**
 * Stores a batch of clips in one INSERT and reads back what each id now holds in one SELECT, in a
 * single atomic db.batch. The rows travel as one JSON parameter, so a batch of any size binds four
 * parameters (D1 allows 100 per statement). A clip is only inserted into a dialogue of the team;
 * an id that already exists is left as it is. Each inserted row bumps its dialogue's
 * clips_revision (a trigger, migration 0002), which the SELECT reads back as staleness.
 */
export async function insertClips(
  db: Db,
  teamId: string,
  memberId: string,
  records: (ClipRecord & { contentHash: string })[],
): Promise<StoredState[]> {
  const rows = JSON.stringify(records);
  const keys = JSON.stringify(records.map((r) => ({ id: r.id, dialogueId: r.dialogueId })));
  const [, read] = await rawBatch(db, [
    sql`
      INSERT INTO ${clips} (id, team_id, dialogue_id, member_id, kind, clock, "start", "end", url, speaker,
        tags, note, channel, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
        captured_at, marked_start, marked_end, content_hash)
      SELECT ${field('id')}, ${teamId}, ${field('dialogueId')}, ${memberId}, ${field('kind')}, ${field('clock')},
        ${field('start')}, ${field('end')}, ${field('url')}, ${field('speaker')}, ${field('tags')},
        ${field('note')}, ${field('channel')}, ${field('quoteExact')}, ${field('quotePrefix')},
        ${field('quoteSuffix')}, ${field('positionStart')}, ${field('positionEnd')}, ${field('capturedAt')},
        ${field('markedStart')}, ${field('markedEnd')}, ${field('contentHash')}
      FROM json_each(${rows})
      WHERE ${field('dialogueId')} IN (SELECT id FROM dialogues WHERE team_id = ${teamId})
      ON CONFLICT(id) DO NOTHING`,
    sql`
      SELECT j.key AS idx, c.team_id AS teamId, c.content_hash AS contentHash, d.id AS dialogueId,
        d.assembled_revision < d.clips_revision AS stale
      FROM json_each(${keys}) AS j
      LEFT JOIN clips AS c ON c.id = json_extract(j.value, '$.id')
      LEFT JOIN dialogues AS d ON d.id = json_extract(j.value, '$.dialogueId') AND d.team_id = ${teamId}
      ORDER BY j.key`,
  ]);
  const states = (read?.results ?? []) as StateRow[];
  const byIndex = new Map(states.map((s) => [Number(s.idx), s]));
  return records.map((_, i) => {
    const s = byIndex.get(i);
    return {
      dialogueIsTeams: Boolean(s?.dialogueId),
      dialogueIsStale: Boolean(s?.stale),
      holder: s?.teamId && s.contentHash ? { teamId: s.teamId, contentHash: s.contentHash } : null,
    };
  });
}

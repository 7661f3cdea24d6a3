import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Conflict } from '../../shared/assembly/model';
import type { SpeakerKind } from '../../shared/speakers';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { clips, dialogues, interventionClips, interventions } from '../db/schema';

export interface DraftRow {
  id: string;
  position: number;
  speaker: string;
  speakerEntityId: string | null;
  speakerKind: SpeakerKind | null;
  speakerKnown: boolean;
  start: number | null;
  end: number | null;
  openEnd: boolean;
  tags: string[];
  notes: string[];
  quotes: string[];
  conflicts: Conflict[];
}

export interface DraftLink {
  interventionId: string;
  clipId: string;
  role: 'support' | 'dissent';
}

export interface AssemblyWrite {
  teamId: string;
  dialogueId: string;
  /** The clips_revision the assembly read. */
  revision: number;
  drafts: DraftRow[];
  links: DraftLink[];
  offsets: Record<string, unknown>;
}

// D1 caps a statement at 100 KB of SQL and a value at 2 MB: rows travel as JSON parameters of at
// most this many characters, one INSERT ... SELECT FROM json_each(?) per chunk.
const MAX_JSON_CHARS = 500_000;

const value = (path: string) => sql.raw(`json_extract(value, '$.${path}')`);

/**
 * Replaces the dialogue's draft interventions with an assembly's result in one atomic batch, and
 * records the revision it was assembled from. Every statement is guarded: nothing is written when
 * the dialogue's clips_revision moved on since the assembly read it (a newer run will write), or
 * when a run for this revision already wrote. Interventions that are not drafts are never touched.
 * Answers whether this run wrote.
 */
export async function writeAssembly(db: Db, w: AssemblyWrite): Promise<boolean> {
  const current = sql`EXISTS (SELECT 1 FROM ${dialogues}
    WHERE id = ${w.dialogueId} AND clips_revision = ${w.revision} AND assembled_revision < ${w.revision})`;
  const drafts = sql`SELECT id FROM ${interventions} WHERE dialogue_id = ${w.dialogueId} AND status = 'draft'`;
  const statements: SQL[] = [
    sql`DELETE FROM ${interventionClips} WHERE intervention_id IN (${drafts}) AND ${current}`,
    sql`DELETE FROM ${interventions} WHERE dialogue_id = ${w.dialogueId} AND status = 'draft' AND ${current}`,
    ...chunks(w.drafts).map(
      (rows) => sql`
        INSERT INTO ${interventions} (id, team_id, dialogue_id, position, speaker, speaker_entity_id, speaker_kind,
          speaker_known, "start", "end", open_end, status, tags, notes, quotes, conflicts)
        SELECT ${value('id')}, ${w.teamId}, ${w.dialogueId}, ${value('position')}, ${value('speaker')},
          ${value('speakerEntityId')}, ${value('speakerKind')}, ${value('speakerKnown')}, ${value('start')},
          ${value('end')}, ${value('openEnd')}, 'draft', ${value('tags')}, ${value('notes')}, ${value('quotes')},
          ${value('conflicts')}
        FROM json_each(${rows}) WHERE ${current}`,
    ),
    ...chunks(w.links).map(
      (rows) => sql`
        INSERT INTO ${interventionClips} (intervention_id, clip_id, role)
        SELECT ${value('interventionId')}, ${value('clipId')}, ${value('role')}
        FROM json_each(${rows}) WHERE ${current}`,
    ),
    // Last: once it has run, `current` is false for any other batch of the same revision.
    sql`UPDATE ${dialogues} SET assembled_revision = ${w.revision}, assembled_offsets = ${JSON.stringify(w.offsets)}
      WHERE id = ${w.dialogueId} AND clips_revision = ${w.revision} AND assembled_revision < ${w.revision}`,
  ];
  const results = await rawBatch(db, statements);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

/** Splits rows into JSON arrays of bounded size; no chunk at all for no rows. */
function chunks(rows: readonly unknown[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (current.length > 0 && size + json.length > MAX_JSON_CHARS) {
      out.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`);
  return out;
}

export interface StoredRecord {
  clipsRevision: number;
  assembledRevision: number;
  offsets: Record<string, unknown>;
  interventions: (typeof interventions.$inferSelect)[];
  links: { interventionId: string; clipId: string; memberId: string; role: 'support' | 'dissent' }[];
}

/** A team's dialogue's stored record and revisions, from one consistent snapshot; null if not the team's. */
export async function readRecord(db: Db, teamId: string, dialogueId: string): Promise<StoredRecord | null> {
  const [dialogueRows, interventionRows, links] = await db.batch([
    db
      .select({
        clipsRevision: dialogues.clipsRevision,
        assembledRevision: dialogues.assembledRevision,
        offsets: dialogues.assembledOffsets,
      })
      .from(dialogues)
      .where(and(eq(dialogues.teamId, teamId), eq(dialogues.id, dialogueId))),
    db
      .select()
      .from(interventions)
      .where(and(eq(interventions.teamId, teamId), eq(interventions.dialogueId, dialogueId)))
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
      .where(and(eq(interventions.teamId, teamId), eq(interventions.dialogueId, dialogueId)))
      .orderBy(asc(interventionClips.clipId)),
  ]);
  const dialogue = dialogueRows[0];
  if (!dialogue) return null;
  return { ...dialogue, interventions: interventionRows, links };
}

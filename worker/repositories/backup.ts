import { chunks } from './intervention-rows';
import { asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { TeamBackup } from '../../shared/schemas';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import {
  apiTokens,
  clips,
  dialogues,
  interventionClips,
  interventions,
  liveOffsets,
  members,
  revisions,
  teams,
} from '../db/schema';
import type { NewToken } from './teams';

export type BackupTables = Omit<TeamBackup, 'format' | 'version' | 'exportedAt' | 'notes'>;

/** Every row of a team, read in one db.batch so the tables agree with each other. */
export async function readTeamTables(db: Db, teamId: string): Promise<BackupTables | null> {
  const teamInterventions = db.select({ id: interventions.id }).from(interventions).where(eq(interventions.teamId, teamId));
  const teamDialogues = db.select({ id: dialogues.id }).from(dialogues).where(eq(dialogues.teamId, teamId));
  const [team, memberRows, dialogueRows, clipRows, interventionRows, linkRows, revisionRows, offsetRows] = await db.batch([
    db.select().from(teams).where(eq(teams.id, teamId)),
    db.select().from(members).where(eq(members.teamId, teamId)).orderBy(asc(members.createdAt), asc(members.id)),
    db.select().from(dialogues).where(eq(dialogues.teamId, teamId)).orderBy(asc(dialogues.createdAt), asc(dialogues.id)),
    db.select().from(clips).where(eq(clips.teamId, teamId)).orderBy(asc(clips.receivedAt), asc(clips.id)),
    db
      .select()
      .from(interventions)
      .where(eq(interventions.teamId, teamId))
      .orderBy(asc(interventions.dialogueId), asc(interventions.position), asc(interventions.id)),
    db
      .select()
      .from(interventionClips)
      .where(inArray(interventionClips.interventionId, teamInterventions))
      .orderBy(asc(interventionClips.interventionId), asc(interventionClips.clipId)),
    db
      .select()
      .from(revisions)
      .where(inArray(revisions.interventionId, teamInterventions))
      .orderBy(asc(revisions.interventionId), asc(revisions.version)),
    db
      .select()
      .from(liveOffsets)
      .where(inArray(liveOffsets.dialogueId, teamDialogues))
      .orderBy(asc(liveOffsets.dialogueId), asc(liveOffsets.memberId)),
  ]);
  if (!team[0]) return null;
  return {
    team: team[0],
    members: memberRows,
    dialogues: dialogueRows,
    clips: clipRows,
    interventions: interventionRows,
    interventionClips: linkRows,
    revisions: revisionRows as BackupTables['revisions'],
    liveOffsets: offsetRows,
  };
}

export async function countTeams(db: Db): Promise<number> {
  const row = await db.select({ n: sql<number>`count(*)` }).from(teams).get();
  return row?.n ?? 0;
}

/**
 * INSERT ... SELECT of every column of `table` from JSON array parameters of bounded size: D1
 * binds at most 100 parameters per statement and takes values up to 2 MB, so a big table goes in
 * several statements of the same batch. JSON arrays and objects come out of json_extract as JSON
 * text, which is how the JSON columns are stored; booleans come out as 0/1.
 */
function insertFromJson(table: SQLiteTable, rows: unknown[], where?: SQL): SQL[] {
  const columns = Object.entries(getTableColumns(table));
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const values = sql.raw(columns.map(([key]) => `json_extract(value, '$.${key}')`).join(', '));
  return chunks(rows).map((json) => sql`INSERT INTO ${table} (${names}) SELECT ${values} FROM json_each(${json}) ${where ?? sql``}`);
}

/**
 * Writes a whole team in one atomic batch: a failing statement writes nothing. The team row is
 * only written into a database without teams; otherwise its members fail their foreign key, so
 * a restore racing another one cannot mix two teams.
 */
export async function insertTeamTables(db: Db, t: BackupTables, admin: { memberId: string; token: NewToken }): Promise<void> {
  await rawBatch(db, [
    ...insertFromJson(teams, [t.team], sql`WHERE NOT EXISTS (SELECT 1 FROM ${teams})`),
    ...insertFromJson(members, t.members),
    ...insertFromJson(dialogues, t.dialogues),
    ...insertFromJson(clips, t.clips),
    ...insertFromJson(interventions, t.interventions),
    ...insertFromJson(interventionClips, t.interventionClips),
    ...insertFromJson(revisions, t.revisions),
    ...insertFromJson(liveOffsets, t.liveOffsets),
    // Each inserted clip bumped its dialogue's clips_revision (trigger, migration 0002): put back the
    // file's value, so a restored record is as fresh or as stale as it was.
    ...chunks(t.dialogues.map((d) => ({ id: d.id, clipsRevision: d.clipsRevision }))).map(
      (json) => sql`UPDATE ${dialogues} SET clips_revision =
        (SELECT json_extract(value, '$.clipsRevision') FROM json_each(${json}) WHERE json_extract(value, '$.id') = ${dialogues.id})
        WHERE id IN (SELECT json_extract(value, '$.id') FROM json_each(${json}))`,
    ),
    sql`INSERT INTO ${apiTokens} (id, team_id, member_id, role, token_hash, prefix, name)
      VALUES (${admin.token.id}, ${t.team.id}, ${admin.memberId}, ${admin.token.role}, ${admin.token.hash},
        ${admin.token.prefix}, 'restored')`,
  ]);
}

import { and, desc, eq } from 'drizzle-orm';
import type { Dialogue, DialogueCreate, Theme } from '../../shared/schemas';
import type { Db } from '../db/client';
import { dialogues } from '../db/schema';

const columns = {
  id: dialogues.id,
  title: dialogues.title,
  theme: dialogues.theme,
  date: dialogues.date,
  webcastUrl: dialogues.webcastUrl,
  recordingStartedAt: dialogues.recordingStartedAt,
  createdAt: dialogues.createdAt,
};

type Row = Omit<typeof dialogues.$inferSelect, 'teamId'>;

// The column is plain text; only validated themes are ever written to it.
const toDialogue = (row: Row): Dialogue => ({ ...row, theme: row.theme as Theme });

export async function insertDialogue(db: Db, teamId: string, id: string, input: DialogueCreate): Promise<Dialogue> {
  const row = await db
    .insert(dialogues)
    .values({
      id,
      teamId,
      title: input.title,
      theme: input.theme,
      date: input.date,
      webcastUrl: input.webcastUrl ?? null,
      recordingStartedAt: input.recordingStartedAt ?? null,
    })
    .returning(columns)
    .get();
  return toDialogue(row);
}

/** Newest meeting first; among meetings of one day, the last created first. */
export async function listDialogues(db: Db, teamId: string): Promise<Dialogue[]> {
  const rows = await db
    .select(columns)
    .from(dialogues)
    .where(eq(dialogues.teamId, teamId))
    .orderBy(desc(dialogues.date), desc(dialogues.createdAt), desc(dialogues.id))
    .all();
  return rows.map(toDialogue);
}

/** Scoped to the team: another team's dialogue is as absent as an unknown one. */
export async function findDialogue(db: Db, teamId: string, id: string): Promise<Dialogue | null> {
  const row = await db
    .select(columns)
    .from(dialogues)
    .where(and(eq(dialogues.teamId, teamId), eq(dialogues.id, id)))
    .get();
  return row ? toDialogue(row) : null;
}

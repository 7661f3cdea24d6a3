import { and, desc, eq } from 'drizzle-orm';
import type { Dialogue, DialogueCreate, DialogueParticipant, Theme } from '../../shared/schemas';
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
  participants: dialogues.participants,
};

type Row = Pick<typeof dialogues.$inferSelect, keyof typeof columns>;

// The columns are plain text; only validated themes and participants are ever written to them.
const toDialogue = (row: Row): Dialogue => ({
  ...row,
  theme: row.theme as Theme,
  participants: row.participants as DialogueParticipant[],
});

export async function insertDialogue(
  db: Db,
  teamId: string,
  id: string,
  input: Omit<DialogueCreate, 'participants'>,
  participants: DialogueParticipant[],
): Promise<Dialogue> {
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
      participants,
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

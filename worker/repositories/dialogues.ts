import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Dialogue, DialogueParticipant, Theme } from '../../shared/schemas';
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
  venue: dialogues.venue,
  webcastUrls: dialogues.webcastUrls,
  meetingPageUrls: dialogues.meetingPageUrls,
  tagVocabulary: dialogues.tagVocabulary,
  defaultTag: dialogues.defaultTag,
};

type Row = Pick<typeof dialogues.$inferSelect, keyof typeof columns>;

// The columns are plain text; only validated themes and participants are ever written to them.
const toDialogue = (row: Row): Dialogue => ({
  ...row,
  theme: row.theme as Theme,
  participants: row.participants as DialogueParticipant[],
});

/** A dialogue's stored fields, as the service has checked them. */
export interface DialogueFields {
  title: string;
  theme: Theme;
  date: string;
  venue: string | null;
  webcastUrls: string[];
  meetingPageUrls: string[];
  recordingStartedAt: string | null;
  tagVocabulary: string[];
  defaultTag: string | null;
  participants: DialogueParticipant[];
}

// webcast_url is kept equal to the first of webcast_urls, for older clients.
const firstWebcastUrl = (urls: string[]) => urls[0] ?? null;

export async function insertDialogue(db: Db, teamId: string, id: string, fields: DialogueFields): Promise<Dialogue> {
  const row = await db
    .insert(dialogues)
    .values({ id, teamId, ...fields, webcastUrl: firstWebcastUrl(fields.webcastUrls) })
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

export interface DialogueUpdate {
  fields: Partial<DialogueFields>;
  /** The assembly's input changed: bump clips_revision so the record is assembled again. */
  reassemble: boolean;
  /** Write only if the tag vocabulary and default tag are still these (they were checked together). */
  expectTags: { tagVocabulary: string[]; defaultTag: string | null } | null;
}

/**
 * Writes a dialogue's changed fields in one statement, revision bump included. Null when the
 * dialogue is not the team's, or when its tags changed since they were read (expectTags).
 */
export async function updateDialogue(db: Db, teamId: string, id: string, update: DialogueUpdate): Promise<Dialogue | null> {
  const { fields, reassemble, expectTags } = update;
  const where: SQL[] = [eq(dialogues.teamId, teamId), eq(dialogues.id, id)];
  if (expectTags) {
    where.push(eq(dialogues.tagVocabulary, expectTags.tagVocabulary));
    where.push(expectTags.defaultTag === null ? isNull(dialogues.defaultTag) : eq(dialogues.defaultTag, expectTags.defaultTag));
  }
  const row = await db
    .update(dialogues)
    .set({
      ...fields,
      ...(fields.webcastUrls ? { webcastUrl: firstWebcastUrl(fields.webcastUrls) } : {}),
      ...(reassemble ? { clipsRevision: sql`${dialogues.clipsRevision} + 1` } : {}),
    })
    .where(and(...where))
    .returning(columns)
    .get();
  return row ? toDialogue(row) : null;
}

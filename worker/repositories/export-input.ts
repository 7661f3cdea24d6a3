import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { DialogueParticipant } from '../../shared/schemas';
import type { ExportDialogue } from '../../shared/export/types';
import { clips, dialogues, interventionClips, interventions } from '../db/schema';

export interface ExportRows {
  dialogue: ExportDialogue & {
    participants: DialogueParticipant[];
    clipsRevision: number;
    assembledRevision: number;
  };
  /** The record's interventions in order; merged-away ones are not among them. */
  interventions: (typeof interventions.$inferSelect)[];
  /** The page quotes behind them, with their selectors. */
  quotes: {
    interventionId: string;
    url: string | null;
    exact: string | null;
    prefix: string | null;
    suffix: string | null;
    start: number | null;
    end: number | null;
  }[];
  /** The speaker as each supporting clip's observer typed it: it may say on whose behalf. */
  typedSpeakers: { interventionId: string; speaker: string }[];
}

/** What an export of a team's dialogue reads, from one consistent snapshot; null if not the team's. */
export async function loadExportRows(db: Db, teamId: string, dialogueId: string): Promise<ExportRows | null> {
  const shown = and(eq(interventions.teamId, teamId), eq(interventions.dialogueId, dialogueId), isNull(interventions.mergedInto));
  const [dialogueRows, interventionRows, quoteRows, typedRows] = await db.batch([
    db
      .select({
        id: dialogues.id,
        title: dialogues.title,
        theme: dialogues.theme,
        date: dialogues.date,
        venue: dialogues.venue,
        webcastUrl: dialogues.webcastUrl,
        recordingStartedAt: dialogues.recordingStartedAt,
        participants: dialogues.participants,
        clipsRevision: dialogues.clipsRevision,
        assembledRevision: dialogues.assembledRevision,
      })
      .from(dialogues)
      .where(and(eq(dialogues.teamId, teamId), eq(dialogues.id, dialogueId))),
    db.select().from(interventions).where(shown).orderBy(asc(interventions.position), asc(interventions.id)),
    db
      .select({
        interventionId: interventionClips.interventionId,
        url: clips.url,
        exact: clips.quoteExact,
        prefix: clips.quotePrefix,
        suffix: clips.quoteSuffix,
        start: clips.positionStart,
        end: clips.positionEnd,
      })
      .from(interventionClips)
      .innerJoin(interventions, eq(interventions.id, interventionClips.interventionId))
      .innerJoin(clips, eq(clips.id, interventionClips.clipId))
      .where(and(shown, eq(clips.kind, 'page')))
      .orderBy(asc(clips.capturedAt), asc(clips.id)),
    db
      .select({ interventionId: interventionClips.interventionId, speaker: clips.speaker })
      .from(interventionClips)
      .innerJoin(interventions, eq(interventions.id, interventionClips.interventionId))
      .innerJoin(clips, eq(clips.id, interventionClips.clipId))
      .where(and(shown, eq(interventionClips.role, 'support')))
      .orderBy(asc(clips.id)),
  ]);
  const dialogue = dialogueRows[0];
  if (!dialogue) return null;
  return {
    dialogue: { ...dialogue, participants: dialogue.participants as DialogueParticipant[] },
    interventions: interventionRows,
    quotes: quoteRows,
    typedSpeakers: typedRows,
  };
}

import { and, asc, eq } from 'drizzle-orm';
import type { ClipIn } from '../../shared/assembly/model';
import type { StoredIntervention } from '../../shared/review/model';
import type { DialogueParticipant } from '../../shared/schemas';
import type { Db } from '../db/client';
import { clips, dialogues, interventionClips, interventions } from '../db/schema';
import { CLIP_FACT_COLUMNS, toStored, type LinkRow } from './intervention-rows';
import { liveOffsetsQuery } from './live-offsets';

/** Everything one assembly of a dialogue reads, taken from one consistent snapshot. */
export interface AssemblyInput {
  dialogue: {
    id: string;
    recordingStartedAt: string | null;
    participants: DialogueParticipant[];
    clipsRevision: number;
    assembledRevision: number;
    reviewRevision: number;
  };
  clips: ClipIn[];
  stored: StoredIntervention[];
  /** Where each stored intervention stands in the record. */
  positions: Map<string, number>;
  manualOffsets: Record<string, number>;
}

/**
 * Reads a team's dialogue with its clips, its stored interventions (with their clips) and its manual
 * offsets in one db.batch (a single transaction), so the revision read matches the clips read.
 * Null when the dialogue is not the team's.
 */
export async function loadAssemblyInput(db: Db, teamId: string, dialogueId: string): Promise<AssemblyInput | null> {
  const [dialogueRows, clipRows, storedRows, linkRows, offsetRows] = await db.batch([
    db
      .select({
        id: dialogues.id,
        recordingStartedAt: dialogues.recordingStartedAt,
        participants: dialogues.participants,
        clipsRevision: dialogues.clipsRevision,
        assembledRevision: dialogues.assembledRevision,
        reviewRevision: dialogues.reviewRevision,
      })
      .from(dialogues)
      .where(and(eq(dialogues.teamId, teamId), eq(dialogues.id, dialogueId))),
    db
      .select({
        ...CLIP_FACT_COLUMNS,
        markedStart: clips.markedStart,
        markedEnd: clips.markedEnd,
      })
      .from(clips)
      .where(and(eq(clips.teamId, teamId), eq(clips.dialogueId, dialogueId)))
      .orderBy(asc(clips.id)),
    db.select().from(interventions).where(eq(interventions.dialogueId, dialogueId)),
    db
      .select({ interventionId: interventionClips.interventionId, clipId: interventionClips.clipId, role: interventionClips.role })
      .from(interventionClips)
      .innerJoin(interventions, eq(interventions.id, interventionClips.interventionId))
      .where(eq(interventions.dialogueId, dialogueId))
      .orderBy(asc(interventionClips.clipId)),
    liveOffsetsQuery(db, dialogueId),
  ]);
  const dialogue = dialogueRows[0];
  if (!dialogue) return null;
  const links = new Map<string, LinkRow[]>();
  for (const link of linkRows) {
    const list = links.get(link.interventionId) ?? [];
    list.push(link);
    links.set(link.interventionId, list);
  }
  return {
    dialogue: { ...dialogue, participants: dialogue.participants as DialogueParticipant[] },
    clips: clipRows,
    stored: storedRows.map((row) => toStored(row, links.get(row.id) ?? [])),
    positions: new Map(storedRows.map((row) => [row.id, row.position])),
    manualOffsets: Object.fromEntries(offsetRows.map((row) => [row.memberId, row.offset])),
  };
}

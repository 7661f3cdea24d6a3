import { simpleAssemble } from '../../shared/assembly/simple-assemble';
import type { AssemblyClip } from '../../shared/assembly/types';
import type { DialogueRecord } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { listDialogueClips, type StoredClip } from '../repositories/clips';
import { replaceDraftInterventions } from '../repositories/interventions';
import { getDialogue } from './dialogues';

/**
 * Assembles the dialogue's clips into interventions, stores them as the dialogue's drafts
 * (replacing the previous drafts) and returns them in meeting order.
 */
export async function assembleRecord(db: Db, caller: Caller, dialogueId: string): Promise<DialogueRecord> {
  const dialogue = await getDialogue(db, caller, dialogueId);
  const clips = await listDialogueClips(db, caller.team.id, dialogue.id);
  const epoch = dialogue.recordingStartedAt ? Date.parse(dialogue.recordingStartedAt) / 1000 : null;
  const assembled = simpleAssemble(clips.map(toAssemblyClip), {
    recordingStartedAtEpoch: epoch !== null && Number.isFinite(epoch) ? epoch : null,
  });
  await replaceDraftInterventions(db, caller.team.id, dialogue.id, assembled);
  return {
    dialogueId: dialogue.id,
    interventions: assembled.map((i) => ({ ...i, status: 'draft' as const })),
  };
}

function toAssemblyClip(clip: StoredClip): AssemblyClip {
  return {
    id: clip.id,
    kind: clip.kind,
    clock: clip.clock,
    start: clip.start,
    end: clip.end,
    speaker: clip.speaker,
    tags: clip.tags,
    note: clip.note,
    quote: clip.quoteExact,
    capturedAt: clip.capturedAt,
  };
}

import { assemble } from '../../shared/assembly/assemble';
import type { AssembledIntervention, OffsetEstimate } from '../../shared/assembly/model';
import type { Db } from '../db/client';
import { afterResponse } from '../lib/wait-until';
import { loadAssemblyInput, type AssemblyInput } from '../repositories/assembly-input';
import { writeAssembly, type DraftLink, type DraftRow } from '../repositories/interventions';
import { speakerIndexFor, speakerResolver } from './speakers';

/**
 * - `written`: this run stored the record for the revision it read;
 * - `skipped`: another run wrote that revision first, or newer input arrived meanwhile (the run
 *   for that newer input writes);
 * - `fresh`: the stored record was already current;
 * - `missing`: no such dialogue in the team.
 */
export type AssemblyOutcome = 'written' | 'skipped' | 'fresh' | 'missing';

/**
 * Re-assembles a dialogue whose stored record is older than its input: reads everything in one
 * snapshot, runs the pure assembly, and writes the drafts in one guarded batch. Safe to run
 * concurrently for one dialogue: at most one run writes each revision, and an older one never
 * overwrites a newer.
 */
export async function assembleDialogue(db: Db, teamId: string, dialogueId: string): Promise<AssemblyOutcome> {
  const input = await loadAssemblyInput(db, teamId, dialogueId);
  if (!input) return 'missing';
  const { dialogue } = input;
  if (dialogue.assembledRevision >= dialogue.clipsRevision) return 'fresh';
  const { drafts, links, offsets } = assembleInput(input);
  const written = await writeAssembly(db, { teamId, dialogueId, revision: dialogue.clipsRevision, drafts, links, offsets });
  return written ? 'written' : 'skipped';
}

/** Assembles once the current response has gone out; for `waitUntil`. */
export async function assembleLater(db: Db, teamId: string, dialogueId: string): Promise<AssemblyOutcome> {
  await afterResponse();
  return assembleDialogue(db, teamId, dialogueId);
}

/** The pure part: stored input in, rows to store out. */
export function assembleInput(input: AssemblyInput): {
  drafts: DraftRow[];
  links: DraftLink[];
  offsets: Record<string, OffsetEstimate>;
} {
  const { dialogue, stored } = input;
  const { resolve, kindOf } = speakerResolver(speakerIndexFor(dialogue.participants));
  const epoch = dialogue.recordingStartedAt ? Date.parse(dialogue.recordingStartedAt) / 1000 : NaN;
  const result = assemble(input.clips, {
    recordingStartedAtEpoch: Number.isFinite(epoch) ? epoch : null,
    manualOffsets: input.manualOffsets,
    resolveSpeaker: resolve,
    previous: stored.map(({ id, clipIds }) => ({ id, clipIds })),
  });
  // TODO(issue 4): a reviewed or approved intervention keeps its row; its id is never re-used by a
  // draft. Its clips still land in drafts until review locks exist.
  const locked = new Set(stored.filter((s) => s.status !== 'draft').map((s) => s.id));
  const kept = result.interventions.filter((iv) => !locked.has(iv.id));
  return {
    drafts: kept.map((iv, position) => toDraftRow(iv, position, kindOf(iv.speaker.entityId))),
    links: kept.flatMap(linksOf),
    offsets: result.offsets,
  };
}

function toDraftRow(iv: AssembledIntervention, position: number, kind: DraftRow['speakerKind']): DraftRow {
  return {
    id: iv.id,
    position,
    speaker: iv.speaker.display,
    speakerEntityId: iv.speaker.entityId,
    speakerKind: kind,
    speakerKnown: iv.speaker.known,
    start: iv.start,
    end: iv.end,
    openEnd: iv.openEnd,
    tags: iv.tags,
    notes: iv.notes,
    quotes: iv.quotes,
    conflicts: iv.conflicts,
  };
}

function linksOf(iv: AssembledIntervention): DraftLink[] {
  const dissent = new Set(iv.dissentingClipIds);
  return iv.clipIds.map((clipId) => ({ interventionId: iv.id, clipId, role: dissent.has(clipId) ? 'dissent' : 'support' }));
}

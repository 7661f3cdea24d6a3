import type { DialogueRecord, Intervention } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { notFound } from '../errors';
import { readRecord, type StoredRecord } from '../repositories/interventions';
import { assembleDialogue } from './assembly';

// Under a steady stream of new clips each attempt may be overtaken; then answer the latest stored.
const MAX_ATTEMPTS = 3;

/**
 * The dialogue's record as stored, assembled first when its input changed since the last
 * assembly, so the answer always reflects every clip stored before the request.
 */
export async function currentRecord(db: Db, caller: Caller, dialogueId: string): Promise<DialogueRecord> {
  const teamId = caller.team.id;
  let stored = await readRecord(db, teamId, dialogueId);
  for (let attempt = 0; stored && stored.assembledRevision < stored.clipsRevision && attempt < MAX_ATTEMPTS; attempt++) {
    await assembleDialogue(db, teamId, dialogueId);
    stored = await readRecord(db, teamId, dialogueId);
  }
  if (!stored) throw notFound('dialogue');
  return toRecord(dialogueId, stored);
}

function toRecord(dialogueId: string, stored: StoredRecord): DialogueRecord {
  const linksOf = new Map<string, StoredRecord['links']>();
  for (const link of stored.links) {
    const list = linksOf.get(link.interventionId);
    if (list) list.push(link);
    else linksOf.set(link.interventionId, [link]);
  }
  return {
    dialogueId,
    revision: stored.assembledRevision,
    interventions: stored.interventions.map((row): Intervention => {
      const links = linksOf.get(row.id) ?? [];
      return {
        id: row.id,
        position: row.position,
        speaker: {
          name: row.speaker,
          code: row.speakerEntityId,
          kind: row.speakerKind as Intervention['speaker']['kind'],
          known: row.speakerKnown,
        },
        start: row.start,
        end: row.end,
        openEnd: row.openEnd,
        status: row.status,
        clips: links.map((link) => ({ id: link.clipId, memberId: link.memberId, role: link.role })),
        clipIds: links.map((link) => link.clipId),
        tags: row.tags,
        notes: row.notes,
        quotes: row.quotes,
        conflicts: row.conflicts as Intervention['conflicts'],
      };
    }),
    offsets: stored.offsets as DialogueRecord['offsets'],
  };
}

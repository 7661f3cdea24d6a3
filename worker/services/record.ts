import { undoableOf } from '../../shared/review/undo';
import type { DialogueRecord } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { notFound } from '../errors';
import { toStored } from '../repositories/intervention-rows';
import { readRecord, type StoredRecord } from '../repositories/interventions';
import { readCurrent } from './assembly';
import { toIntervention } from './intervention-view';

/**
 * The dialogue's record as stored, assembled first when its input changed since the last
 * assembly, so the answer always reflects every clip stored before the request.
 */
export async function currentRecord(db: Db, caller: Caller, dialogueId: string): Promise<DialogueRecord> {
  const teamId = caller.team.id;
  const stored = await readCurrent(db, teamId, dialogueId, () => readRecord(db, teamId, dialogueId), (s) => s);
  if (!stored) throw notFound('dialogue');
  return toRecord(dialogueId, stored);
}

function toRecord(dialogueId: string, stored: StoredRecord): DialogueRecord {
  const structuralOf = new Map<string, StoredRecord['structural']>();
  for (const r of stored.structural) {
    const list = structuralOf.get(r.interventionId);
    if (list) list.push(r);
    else structuralOf.set(r.interventionId, [r]);
  }
  const linksOf = new Map<string, StoredRecord['links']>();
  const memberOf = new Map<string, string>();
  for (const link of stored.links) {
    memberOf.set(link.clipId, link.memberId);
    const list = linksOf.get(link.interventionId);
    if (list) list.push(link);
    else linksOf.set(link.interventionId, [link]);
  }
  return {
    dialogueId,
    revision: stored.assembledRevision,
    // Positions count the interventions shown: one merged away leaves no gap.
    interventions: stored.interventions.map(({ row, updatedByName }, index) => ({
      ...toIntervention(toStored(row, linksOf.get(row.id) ?? []), {
        position: index,
        memberOf,
        updatedAt: row.updatedAt ?? row.createdAt,
        updatedBy: row.updatedBy ? { id: row.updatedBy, name: updatedByName ?? '' } : null,
      }),
      // As the undo route decides, so the card offers no undo it would answer `nothing_to_undo` to.
      undoable: undoableOf(row.id, structuralOf.get(row.id) ?? []),
    })),
    offsets: stored.offsets as DialogueRecord['offsets'],
  };
}

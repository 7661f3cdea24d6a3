import { visibleConflicts } from '../../shared/review/derive';
import { newClipIdsOf, type StoredIntervention } from '../../shared/review/model';
import type { Actor, Intervention } from '../../shared/schemas';

export interface InterventionContext {
  position: number;
  /** Who captured each clip. */
  memberOf: ReadonlyMap<string, string>;
  updatedAt: string;
  updatedBy: Actor | null;
}

/** An intervention as the API answers it. */
export function toIntervention(s: StoredIntervention, ctx: InterventionContext): Intervention {
  const dissent = new Set(s.dissentingClipIds);
  const fresh = new Set(newClipIdsOf(s));
  return {
    id: s.id,
    position: ctx.position,
    version: s.version,
    speaker: s.speaker,
    start: s.start,
    end: s.end,
    openEnd: s.openEnd,
    status: s.status,
    summary: s.summary,
    clips: s.clipIds.map((id) => ({
      id,
      memberId: ctx.memberOf.get(id) ?? '',
      role: dissent.has(id) ? 'dissent' : 'support',
      new: fresh.has(id),
    })),
    clipIds: s.clipIds,
    tags: s.tags,
    notes: s.notes,
    quotes: s.quotes,
    conflicts: visibleConflicts(s),
    locked: s.locked,
    newClipIds: [...fresh],
    updatedAt: ctx.updatedAt,
    updatedBy: ctx.updatedBy,
  };
}

import type { AssembledIntervention, PreviousIntervention } from './model';
import { compareStrings } from './order';

/**
 * Interventions keep their ids across re-assembly: each new intervention takes the id of the
 * previous one it shares most clips with (each previous id used once). A new one is named after
 * its smallest clip id, which depends only on its clips. `used` holds ids already taken elsewhere.
 */
export function assignIds(
  interventions: readonly AssembledIntervention[],
  previous: readonly PreviousIntervention[],
  used: Set<string>,
): AssembledIntervention[] {
  // Fast path for incremental re-assembly: an unchanged intervention still holds the very same
  // clip list, and it shares all its clips with that previous one and none with any other.
  const byList = new Map<readonly string[], PreviousIntervention>();
  for (const p of previous) byList.set(p.clipIds, p);
  const reused: (AssembledIntervention | null)[] = interventions.map(() => null);
  const ids: (string | null)[] = interventions.map((iv, index) => {
    const p = byList.get(iv.clipIds);
    if (p === undefined || used.has(p.id)) return null;
    used.add(p.id);
    if (sameFields(iv, p)) reused[index] = p as AssembledIntervention;
    return p.id;
  });

  const owner = new Map<string, string>();
  for (const p of previous) if (!used.has(p.id)) for (const clipId of p.clipIds) owner.set(clipId, p.id);

  const pairs: { shared: number; index: number; previousId: string }[] = [];
  interventions.forEach((iv, index) => {
    if (ids[index] !== null) return;
    const counts = new Map<string, number>();
    for (const clipId of iv.clipIds) {
      const p = owner.get(clipId);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const [previousId, shared] of counts) pairs.push({ shared, index, previousId });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.index - b.index || compareStrings(a.previousId, b.previousId));

  for (const { index, previousId } of pairs) {
    if (ids[index] !== null || used.has(previousId)) continue;
    ids[index] = previousId;
    used.add(previousId);
  }
  return interventions.map((iv, index) => {
    const same = reused[index];
    if (same) return same;
    let id = ids[index] ?? null;
    if (id === null) {
      const base = iv.clipIds[0] ?? `empty-${index}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
      used.add(id);
    }
    return { ...iv, id };
  });
}

/** Whether a previous intervention is `iv` with its id already set, field for field. */
function sameFields(iv: AssembledIntervention, p: PreviousIntervention): boolean {
  const q = p as Partial<AssembledIntervention>;
  return (
    q.speaker === iv.speaker &&
    q.start === iv.start &&
    q.end === iv.end &&
    q.openEnd === iv.openEnd &&
    q.dissentingClipIds === iv.dissentingClipIds &&
    q.conflicts === iv.conflicts &&
    q.tags === iv.tags &&
    q.notes === iv.notes &&
    q.quotes === iv.quotes
  );
}

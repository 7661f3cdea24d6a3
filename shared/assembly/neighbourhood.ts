import type { Turn } from './disputes';
import { comparePlaced, continuationReach, TOUCH_GAP_S, type Candidate } from './grouping';
import type { PlacedClip } from './model';

/**
 * Where a turn's clips lie, and those of every candidate it shares clips with: a turn and the
 * candidates it outweighed are re-assembled together or not at all.
 */
export function spanOf(t: Turn): [number, number] {
  let start = t.start;
  let reach = t.reach;
  for (const o of t.origins) {
    start = Math.min(start, o.start);
    reach = Math.max(reach, o.reach);
  }
  return [start, reach];
}

/**
 * The latest time a clip of the same speaker could start and still join `c`, given the clips
 * there are: by nearly touching it, or by continuing it before any other speaker began.
 */
export function horizonOf(c: Candidate, placed: readonly PlacedClip[]): number {
  let i = firstAfter(placed, c.lastStart);
  while (i < placed.length && placed[i]!.speaker.key === c.key) i++;
  const quietUntil = i < placed.length ? placed[i]!.start : Infinity;
  return Math.max(c.reach + TOUCH_GAP_S, Math.min(continuationReach(c.reach, c.lastOpenStart), quietUntil));
}

/** Who could still join a turn or one of the candidates it outweighed: each one's speaker and horizon. */
export interface Joinable {
  key: string;
  horizon: number;
}

export function joinablesOf(t: Turn, placed: readonly PlacedClip[]): Joinable[] {
  return t.origins.map((m) => ({ key: m.key, horizon: horizonOf(m, placed) }));
}

/** Index of the first clip starting after `t`. */
export function firstAfter(placed: readonly PlacedClip[], t: number): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid]!.start <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertPlaced(placed: readonly PlacedClip[], item: PlacedClip): PlacedClip[] {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePlaced(placed[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...placed.slice(0, lo), item, ...placed.slice(lo)];
}

/** Index of the first turn starting at or after `t`. */
export function firstStartingAt(accepted: readonly Turn[], t: number): number {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (accepted[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Reach {
  /** How far a turn's clips may start before, and reach after, the turn's own start. */
  lead: number;
  trail: number;
  /** How far after its start a turn may still be joined. */
  horizon: number;
}

export function widen(reach: Reach, c: Turn, span: [number, number], joinables: readonly Joinable[]): Reach {
  return {
    lead: Math.max(reach.lead, c.start - span[0]),
    trail: Math.max(reach.trail, span[1] - c.start),
    horizon: joinables.reduce((max, j) => Math.max(max, j.horizon - c.start), reach.horizon),
  };
}

/**
 * The turns a new clip can affect, as an index range [lo, hi) of `accepted`: those whose clips
 * overlap the stretch (a dispute or a merge), and those of a speaker present in it that could
 * still be joined from it. Grows until it is closed under both.
 */
export function affectedRange(
  accepted: readonly Turn[],
  spans: readonly [number, number][],
  joinables: readonly (readonly Joinable[])[],
  reach: Reach,
  item: PlacedClip,
  extra: { lo: number; hi: number } | null,
): { lo: number; hi: number; from: number; to: number } {
  let from = item.start;
  let to = item.end ?? item.start;
  let lo = extra?.lo ?? accepted.length;
  let hi = extra?.hi ?? 0;
  const keys = new Set([item.speaker.key]);
  const take = (i: number) => {
    lo = Math.min(lo, i);
    hi = Math.max(hi, i + 1);
  };
  for (let grown = true; grown; ) {
    grown = false;
    for (let i = lo; i < hi; i++) {
      const [s, e] = spans[i]!;
      if (s < from || e > to) grown = true;
      from = Math.min(from, s);
      to = Math.max(to, e);
      for (const j of joinables[i]!) keys.add(j.key);
    }
    for (let i = firstStartingAt(accepted, from - reach.trail); i < accepted.length && accepted[i]!.start <= to + reach.lead; i++) {
      const [s, e] = spans[i]!;
      if (e >= from && s <= to && (i < lo || i >= hi)) {
        take(i);
        grown = true;
      }
    }
    for (let i = Math.min(lo, firstStartingAt(accepted, from)) - 1; i >= 0 && accepted[i]!.start >= from - reach.horizon; i--) {
      if (i >= lo && i < hi) continue;
      if (joinables[i]!.some((j) => keys.has(j.key) && j.horizon >= from)) {
        take(i);
        grown = true;
      }
    }
  }
  if (lo > hi) lo = hi = firstStartingAt(accepted, item.start);
  return { lo, hi, from, to };
}

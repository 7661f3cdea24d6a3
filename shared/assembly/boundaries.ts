import type { Turn } from './disputes';
import { median } from './order';

/** An unmarked end with nobody speaking after it: a typical statement's length. */
export const DEFAULT_OPEN_LENGTH_S = 180;

/** What one candidate's own clips say about its bounds, before its neighbours are looked at. */
export interface RawBounds {
  start: number;
  end: number | null;
  furthestStart: number;
}

export interface Bounds {
  start: number;
  end: number;
  openEnd: boolean;
}

/**
 * Start: observers click late, so the earliest start of any supporting observer is the best
 * guess. End: each observer's own clips are joined first (a statement clipped in two parts ends
 * where the second part ends), then the median end across observers resists one late click.
 */
export function rawBounds(candidate: Turn): RawBounds {
  const spans = new Map<string, { start: number; end: number | null; reach: number }>();
  for (const p of candidate.clips) {
    const span = spans.get(p.clip.observerId);
    const reach = p.end ?? p.start;
    if (!span) spans.set(p.clip.observerId, { start: p.start, end: p.end, reach });
    else {
      span.start = Math.min(span.start, p.start);
      span.reach = Math.max(span.reach, reach);
      if (p.end !== null) span.end = Math.max(span.end ?? p.end, p.end);
    }
  }
  const all = [...spans.values()];
  const start = Math.min(...all.map((s) => s.start));
  const marked = all.filter((s) => s.end !== null).map((s) => s.end!);
  const furthestStart = Math.max(...all.map((s) => s.reach));
  return { start, end: marked.length > 0 ? Math.max(median(marked), start) : null, furthestStart };
}

/** Shorter than this, a stretch between two turns is most likely a fragment of the turn between them. */
export const MIN_LENGTH_S = 20;
/** ...when both neighbours are this close: the floor passed from one to the next through it. */
const SANDWICH_GAP_S = 30;

/**
 * Ends are cut where the next speaker begins; an unmarked end runs to that point. A very short
 * stretch with a turn close on each side grows evenly towards them, never into them: observers
 * caught a late fragment of a turn that filled the gap. A lone clip keeps the times it was given.
 * Input in start order.
 */
export function finishBounds(raw: readonly RawBounds[], index: number): Bounds {
  const r = raw[index]!;
  let j = index + 1;
  while (j < raw.length && raw[j]!.start <= r.start) j++;
  const next = raw[j];
  const ceiling = next ? next.start : Infinity;
  let end: number;
  const openEnd = r.end === null;
  if (r.end === null) {
    const fallback = Math.max(r.furthestStart, r.start) + DEFAULT_OPEN_LENGTH_S;
    end = Math.max(Math.min(ceiling, fallback), r.furthestStart);
  } else {
    end = r.end > ceiling ? Math.max(ceiling, r.start) : r.end;
  }
  let start = r.start;
  const missing = MIN_LENGTH_S - (end - start);
  const prev = index > 0 ? raw[index - 1]! : null;
  const prevEnd = prev ? Math.max(prev.end ?? prev.furthestStart, prev.start) : -Infinity;
  if (missing > 0 && start - prevEnd <= SANDWICH_GAP_S && ceiling - end <= SANDWICH_GAP_S) {
    const floor = Math.min(start, prevEnd);
    const before = Math.min(missing / 2, start - Math.max(floor, 0));
    const after = Math.min(missing - before, Math.max(0, ceiling - end));
    const moreBefore = Math.min(missing - before - after, start - before - Math.max(floor, 0));
    start -= before + moreBefore;
    end += after;
  }
  return { start, end, openEnd };
}

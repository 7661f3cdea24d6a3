import type { Candidate } from './grouping';
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
export function rawBounds(candidate: Candidate): RawBounds {
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

/** Ends are cut where the next speaker begins; an unmarked end runs to that point. Input in start order. */
export function finishBounds(raw: readonly RawBounds[], index: number): Bounds {
  const r = raw[index]!;
  let j = index + 1;
  while (j < raw.length && raw[j]!.start <= r.start) j++;
  const next = raw[j];
  if (r.end === null) {
    const fallback = Math.max(r.furthestStart, r.start) + DEFAULT_OPEN_LENGTH_S;
    return { start: r.start, end: next ? Math.max(Math.min(next.start, fallback), r.furthestStart) : fallback, openEnd: true };
  }
  const end = next && r.end > next.start ? Math.max(next.start, r.start) : r.end;
  return { start: r.start, end, openEnd: false };
}

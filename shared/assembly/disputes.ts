import { compareStrings, median } from './order';
import type { Candidate } from './grouping';
import type { PlacedClip } from './model';

/** An unmarked start this close to the end of another speaker's stretch may be the next turn beginning. */
const END_MARGIN_S = 15;
/** Share of a clip that must lie in another speaker's stretch before the two are weighed. */
const INSIDE_SHARE = 0.5;

/** A turn at the floor after disputes: its supporting clips, the clips outweighed into it, and where they came from. */
export interface Turn {
  key: string;
  clips: PlacedClip[];
  dissent: PlacedClip[];
  start: number;
  reach: number;
  /** The chained candidates whose clips this turn holds: its own and those it outweighed. */
  origins: Candidate[];
}

interface Stretch {
  candidate: Candidate;
  /** From the first start to the median marked end: where most observers agree the speaker spoke. */
  core: [number, number];
}

/**
 * Phase 2: where observers name different speakers for the same stretch, each clip is weighed
 * against the other speaker's clips over that clip's own time (observer-seconds, or observers
 * at that moment for a clip without an end). A clip that is outweighed joins the other turn as
 * dissent: a reviewer sees it, nothing is dropped. Decisions are made on the chained candidates
 * all at once, so they do not depend on any order.
 */
export function resolveDisputes(candidates: readonly Candidate[]): Turn[] {
  const stretches = candidates.map(stretchOf);
  const neighbours = overlapping(stretches);
  const moves = new Map<PlacedClip, Stretch>();
  stretches.forEach((own, i) => {
    for (const clip of own.candidate.clips) {
      let best: Stretch | null = null;
      let bestWeight = -1;
      for (const other of neighbours[i]!) {
        if (other.candidate.key === own.candidate.key || !inside(clip, other)) continue;
        // Weighed only where another speaker claims the stretch: most clips are never disputed.
        if (bestWeight < 0) bestWeight = weight(own.candidate, clip);
        const w = weight(other.candidate, clip);
        if (w > bestWeight || (w === bestWeight && best !== null && compareStrings(other.candidate.key, best.candidate.key) < 0)) {
          best = other;
          bestWeight = w;
        }
      }
      if (best) moves.set(clip, best);
    }
  });

  // A host that kept none of its own clips cannot hold others': those clips stay where they were.
  const keeps = (c: Candidate) => c.clips.some((clip) => !moves.has(clip));
  for (const [clip, host] of [...moves]) if (!keeps(host.candidate)) moves.delete(clip);

  const turns = new Map<Candidate, Turn>();
  for (const { candidate } of stretches) {
    const kept = candidate.clips.filter((c) => !moves.has(c));
    if (kept.length === 0) continue;
    turns.set(candidate, {
      key: candidate.key,
      clips: kept,
      dissent: [],
      start: Math.min(...kept.map((c) => c.start)),
      reach: Math.max(...kept.map((c) => c.end ?? c.start)),
      origins: [candidate],
    });
  }
  for (const { candidate } of stretches) {
    for (const clip of candidate.clips) {
      const host = moves.get(clip);
      if (!host) continue;
      const turn = turns.get(host.candidate)!;
      turn.dissent.push(clip);
      if (!turn.origins.includes(candidate)) turn.origins.push(candidate);
    }
  }
  return [...turns.values()].sort((a, b) => a.start - b.start || compareStrings(a.key, b.key));
}

function stretchOf(candidate: Candidate): Stretch {
  const marked = candidate.clips.filter((c) => c.end !== null).map((c) => c.end!);
  const end = marked.length > 0 ? Math.max(candidate.start, median(marked)) : candidate.reach;
  return { candidate, core: [candidate.start, end] };
}

/** Whether a clip lies mostly within another speaker's agreed stretch. */
function inside(clip: PlacedClip, other: Stretch): boolean {
  const [from, to] = other.core;
  if (clip.end === null || clip.end === clip.start) return clip.start >= from && clip.start <= to - END_MARGIN_S;
  const overlap = Math.min(clip.end, to) - Math.max(clip.start, from);
  return overlap >= INSIDE_SHARE * (clip.end - clip.start);
}

/**
 * The evidence a candidate gives for speaking during `clip`: the seconds of it each observer's
 * clips cover, summed over observers; for a clip without an end, how many observers were
 * clipping this speaker at its start. An unmarked end runs on to the candidate's furthest evidence.
 */
function weight(candidate: Candidate, clip: PlacedClip): number {
  const point = clip.end === null || clip.end === clip.start;
  const byObserver = new Map<string, number>();
  for (const x of candidate.clips) {
    const xEnd = x.end ?? candidate.reach;
    const covered = point
      ? x.start <= clip.start && clip.start <= xEnd ? 1 : 0
      : Math.max(0, Math.min(xEnd, clip.end!) - Math.max(x.start, clip.start));
    const observer = x.clip.observerId;
    byObserver.set(observer, Math.max(byObserver.get(observer) ?? 0, covered));
  }
  let total = 0;
  for (const w of byObserver.values()) total += w;
  return total;
}

/** For each stretch, the others whose candidates overlap it in time, found by one sweep. */
function overlapping(stretches: readonly Stretch[]): Stretch[][] {
  const order = stretches.map((_, i) => i).sort((a, b) => stretches[a]!.candidate.start - stretches[b]!.candidate.start || a - b);
  const result: Stretch[][] = stretches.map(() => []);
  for (let x = 0; x < order.length; x++) {
    const a = stretches[order[x]!]!;
    for (let y = x + 1; y < order.length && stretches[order[y]!]!.candidate.start <= a.candidate.reach; y++) {
      const b = stretches[order[y]!]!;
      result[order[x]!]!.push(b);
      result[order[y]!]!.push(a);
    }
  }
  return result;
}

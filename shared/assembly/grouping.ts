import type { PlacedClip } from './model';
import { compareStrings } from './order';

/** Same-speaker clips this close together are one statement clipped in parts. */
export const JOIN_GAP_S = 8;
/** Share of the shorter stretch two speakers must both claim before one is taken as a mislabel. */
const DISPUTE_SHARE = 0.5;
/** An unmarked end inside another speaker's stretch by this much is a mislabel, not a new turn. */
const INSIDE_MARGIN_S = 15;

/** Clips that agree on the speaker and on a stretch of time. */
export interface Candidate {
  key: string;
  clips: PlacedClip[];
  start: number;
  /** The furthest marked end or unmarked start: how far the evidence reaches. */
  reach: number;
  observers: number;
  dissent: PlacedClip[];
}

export function comparePlaced(a: PlacedClip, b: PlacedClip): number {
  return a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start) || compareStrings(a.clip.id, b.clip.id);
}

/** Phase 1: per speaker, chain clips that overlap or nearly touch. Input must be sorted by comparePlaced. */
export function buildCandidates(sorted: readonly PlacedClip[]): Candidate[] {
  const open = new Map<string, Candidate>();
  const all: Candidate[] = [];
  for (const placed of sorted) {
    const key = placed.speaker.key;
    const current = open.get(key);
    const reach = placed.end ?? placed.start;
    if (current && placed.start <= current.reach + JOIN_GAP_S) {
      current.clips.push(placed);
      current.reach = Math.max(current.reach, reach);
    } else {
      const candidate: Candidate = { key, clips: [placed], start: placed.start, reach, observers: 0, dissent: [] };
      open.set(key, candidate);
      all.push(candidate);
    }
  }
  for (const c of all) c.observers = new Set(c.clips.map((p) => p.clip.observerId)).size;
  return all;
}

function weightOrder(a: Candidate, b: Candidate): number {
  return (
    b.observers - a.observers ||
    b.clips.length - a.clips.length ||
    b.reach - b.start - (a.reach - a.start) ||
    a.start - b.start ||
    compareStrings(a.key, b.key)
  );
}

function overlap(a: Candidate, b: Candidate): number {
  return Math.min(a.reach, b.reach) - Math.max(a.start, b.start);
}

/** Whether `weaker` is better read as a mislabelled part of `stronger` than as a turn of its own. */
function isDisputed(weaker: Candidate, stronger: Candidate): boolean {
  const length = weaker.reach - weaker.start;
  if (length <= 0) {
    return weaker.start > stronger.start + INSIDE_MARGIN_S && weaker.start < stronger.reach - INSIDE_MARGIN_S;
  }
  const shorter = Math.min(length, stronger.reach - stronger.start);
  return shorter > 0 && overlap(weaker, stronger) >= DISPUTE_SHARE * shorter;
}

/**
 * Phase 2: where candidates of different speakers claim the same stretch, the weight of
 * evidence (observers, then clips, then length) wins; the loser's clips stay with the winner as
 * dissent, so a reviewer sees the disagreement and nothing is dropped.
 */
export function resolveDisputes(candidates: readonly Candidate[]): Candidate[] {
  const neighbours = overlappingPairs(candidates);
  const accepted = new Set<Candidate>();
  for (const candidate of [...candidates].sort(weightOrder)) {
    let host: Candidate | null = null;
    let hostOverlap = -Infinity;
    for (const other of neighbours.get(candidate) ?? []) {
      if (!accepted.has(other) || other.key === candidate.key || other.observers < candidate.observers) continue;
      if (!isDisputed(candidate, other)) continue;
      const o = overlap(candidate, other);
      if (o > hostOverlap || (o === hostOverlap && host !== null && weightOrder(other, host) < 0)) {
        host = other;
        hostOverlap = o;
      }
    }
    if (host) host.dissent.push(...candidate.clips, ...candidate.dissent);
    else accepted.add(candidate);
  }
  return [...accepted].sort((a, b) => a.start - b.start || compareStrings(a.key, b.key));
}

/** Candidates whose stretches touch, found by one sweep in start order. */
function overlappingPairs(candidates: readonly Candidate[]): Map<Candidate, Candidate[]> {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || compareStrings(a.key, b.key));
  const pairs = new Map<Candidate, Candidate[]>();
  for (let i = 0; i < byStart.length; i++) {
    const a = byStart[i]!;
    for (let j = i + 1; j < byStart.length && byStart[j]!.start <= a.reach; j++) {
      const b = byStart[j]!;
      push(pairs, a, b);
      push(pairs, b, a);
    }
  }
  return pairs;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

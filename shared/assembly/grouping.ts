import type { PlacedClip } from './model';
import { compareStrings } from './order';

/** Same-speaker clips this close are one statement clipped in parts, whatever happened in between. */
export const TOUCH_GAP_S = 8;
/** ...and this close, when no other speaker's clip began in the gap. */
export const JOIN_GAP_S = 30;
/** How long an unmarked end may run on before the same speaker's next clip starts a new turn. */
export const OPEN_RUN_S = 600;
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
  /** Latest start of a clip in it, and of an unmarked one: how far a continuation may reach. */
  lastStart: number;
  lastOpenStart: number;
  observers: number;
  dissent: PlacedClip[];
  /** The outweighed candidates whose clips are now this one's dissent. */
  absorbed: Candidate[];
}

export function comparePlaced(a: PlacedClip, b: PlacedClip): number {
  return a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start) || compareStrings(a.clip.id, b.clip.id);
}

/** How far past a clip the same speaker's next clip still continues it, if nobody else began. */
export function continuationReach(reach: number, lastOpenStart: number): number {
  return Math.max(reach + JOIN_GAP_S, lastOpenStart + OPEN_RUN_S);
}

/**
 * Phase 1: per speaker, chain clips that overlap or nearly touch, or that continue a turn nobody
 * else has begun to speak in since (a missing end runs until then). Input sorted by comparePlaced.
 */
export function buildCandidates(sorted: readonly PlacedClip[]): Candidate[] {
  const open = new Map<string, Candidate>();
  const all: Candidate[] = [];
  // The two latest clip starts of distinct speakers: enough to know when another speaker last began.
  let latest: { key: string; start: number } | null = null;
  let latestOther: { key: string; start: number } | null = null;
  for (const placed of sorted) {
    const key = placed.speaker.key;
    const current = open.get(key);
    const reach = placed.end ?? placed.start;
    const otherBegan = latest && latest.key !== key ? latest.start : (latestOther?.start ?? -Infinity);
    const joins =
      current !== undefined &&
      (placed.start <= current.reach + TOUCH_GAP_S ||
        (otherBegan <= current.lastStart && placed.start <= continuationReach(current.reach, current.lastOpenStart)));
    if (joins) {
      current.clips.push(placed);
      current.reach = Math.max(current.reach, reach);
      current.lastStart = placed.start;
      if (placed.end === null) current.lastOpenStart = placed.start;
    } else {
      const candidate: Candidate = {
        key,
        clips: [placed],
        start: placed.start,
        reach,
        lastStart: placed.start,
        lastOpenStart: placed.end === null ? placed.start : -Infinity,
        observers: 0,
        dissent: [],
        absorbed: [],
      };
      open.set(key, candidate);
      all.push(candidate);
    }
    if (latest && latest.key === key) latest.start = placed.start;
    else {
      latestOther = latest;
      latest = { key, start: placed.start };
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
    if (host) {
      host.dissent.push(...candidate.clips, ...candidate.dissent);
      host.absorbed.push(candidate, ...candidate.absorbed);
    }
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

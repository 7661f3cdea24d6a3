import type { PlacedClip } from './model';
import { compareStrings } from './order';

/** Same-speaker clips this close are one statement clipped in parts, whatever happened in between. */
export const TOUCH_GAP_S = 8;
/** ...and this close, when no other speaker's clip began in the gap. */
export const JOIN_GAP_S = 30;
/** How long an unmarked end may run on before the same speaker's next clip starts a new turn. */
export const OPEN_RUN_S = 600;

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
  return all;
}

export { resolveDisputes, type Turn } from './disputes';

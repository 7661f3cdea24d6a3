/**
 * Taking Start or End into the draft, on whichever clock the observer has: the player's
 * (recording or live) or, without a webcast, the wall clock. Used by the side panel's buttons and by
 * the background's keyboard commands, so both mark the same way.
 */
import type { PlayerLookup } from './protocol';
import type { Draft } from './storage';

export type MarkSource = { kind: 'player'; lookup: PlayerLookup } | { kind: 'wall' };

/** Seconds as the time inputs show them: one decimal, enough for a click. */
export function formatSeconds(seconds: number): string {
  return String(Math.round(seconds * 10) / 10);
}

/** A wall-clock instant as the inputs show it: local HH:MM:SS. */
export function formatWallTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/**
 * The draft with `edge` taken now. `nowMs` is passed in (the caller reads the clock) so that the
 * rule stays testable. A failed player lookup leaves the times alone and sets the notice.
 */
export function markEdge(draft: Draft, edge: 'start' | 'end', source: MarkSource, nowMs: number): Draft {
  const markedAt = edge === 'start' ? 'startMarkedAt' : 'endMarkedAt';
  if (source.kind === 'wall') {
    return { ...draft, clock: 'wall', [edge]: formatWallTime(nowMs), [markedAt]: nowMs, notice: null };
  }
  const { lookup } = source;
  if (!lookup.ok) return { ...draft, notice: lookup.message };
  const clock = lookup.time.live ? 'live' : 'recording';
  return {
    ...draft,
    clock,
    [edge]: formatSeconds(lookup.time.currentTime),
    [markedAt]: nowMs,
    url: lookup.url ?? draft.url,
    notice: null,
  };
}

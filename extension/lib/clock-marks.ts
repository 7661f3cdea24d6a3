/**
 * Taking Start or End into the draft, on whichever clock the observer has: the player's
 * (recording or live) or, without a webcast, the wall clock. Used by the side panel's buttons and by
 * the background's keyboard commands, so both mark the same way. Also what the wall clock's typed
 * times mean, for the panel and for building the clip.
 */
import type { Clock } from '../../shared/schemas';
import { t } from './i18n';
import type { PlayerLookup } from './protocol';
import type { Draft } from './storage';

export type MarkSource = { kind: 'player'; lookup: PlayerLookup } | { kind: 'wall' };
type Edge = 'start' | 'end';

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

const MARKED_AT = { start: 'startMarkedAt', end: 'endMarkedAt' } as const;
const other = (edge: Edge): Edge => (edge === 'start' ? 'end' : 'start');

/** The clock's name for a notice, in the UI's language. */
export function clockName(clock: Clock): string {
  return t(`clock.name.${clock}`);
}

/**
 * The draft with `edge` taken now. `nowMs` is passed in (the caller reads the clock) so that the
 * rule stays testable. A failed player lookup leaves the times alone and sets the notice. A Start
 * and an End on two clocks (the player went from live to the archive, or the mode changed) would
 * make a clip that means nothing, so the other edge is cleared and the notice says so.
 */
export function markEdge(draft: Draft, edge: Edge, source: MarkSource, nowMs: number): Draft {
  let clock: Clock = 'wall';
  let text = formatWallTime(nowMs);
  let url = draft.url;
  if (source.kind === 'player') {
    const { lookup } = source;
    if (!lookup.ok) return { ...draft, notice: lookup.message };
    clock = lookup.time.live ? 'live' : 'recording';
    text = formatSeconds(lookup.time.currentTime);
    url = lookup.url ?? draft.url;
  }
  const next: Draft = { ...draft, clock, [edge]: text, [MARKED_AT[edge]]: nowMs, url, notice: null };
  const otherEdge = other(edge);
  if (draft.clock !== clock && draft[otherEdge].trim() !== '') {
    return {
      ...next,
      [otherEdge]: '',
      [MARKED_AT[otherEdge]]: null,
      notice: t(`clock.notice.${otherEdge}Cleared`, { from: clockName(draft.clock), to: clockName(clock) }),
    };
  }
  return next;
}

/**
 * A typed edit of Start or End. On the live clock the wall-clock mark moves with it: typing 1095
 * over a marked 1100 says the statement began five seconds before the click, and so did the wall
 * clock. Elsewhere the mark is left as it was (on the wall clock it only dates the typed time).
 */
export function editEdge(draft: Draft, edge: Edge, text: string): Draft {
  const marked = draft[MARKED_AT[edge]];
  if (draft.clock !== 'live' || marked === null) return { ...draft, [edge]: text };
  const before = Number(draft[edge]);
  const after = Number(text);
  const shift = text.trim() !== '' && Number.isFinite(before) && Number.isFinite(after) ? (after - before) * 1000 : 0;
  return { ...draft, [edge]: text, [MARKED_AT[edge]]: marked + shift };
}

/** Seconds after local midnight from "14:05", "14:05:30" or "9:05:30.5"; undefined if it is not a time of day. */
export function parseWallTime(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return undefined;
  return h * 3600 + min * 60 + s + Number(m[4] ?? 0);
}

/** Epoch ms of a local time of day on the local date of `dayOfMs` (daylight-saving days included). */
function onDay(secondsOfDay: number, dayOfMs: number): number {
  const d = new Date(dayOfMs);
  d.setHours(0, 0, 0, 0);
  const whole = Math.floor(secondsOfDay);
  d.setHours(Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60);
  return d.getTime() + Math.round((secondsOfDay - whole) * 1000);
}

/** A statement longer than this is not taken to run past midnight: End was mistyped. */
const LONGEST_STATEMENT_S = 6 * 3600;

export type WallRange =
  | { ok: true; start: number; end: number | null }
  | { ok: false; field: Edge; key: string };

/**
 * The draft's wall-clock Start and End as Unix seconds. A typed time is taken on the date its
 * edge was marked, else on the date of the Start mark, else on `todayMs`. An End that reads
 * before Start is the next day when that makes a statement of at most six hours (a meeting
 * running past midnight); otherwise it is refused with a message key.
 */
export function resolveWallRange(draft: Draft, todayMs: number): WallRange {
  const startOfDay = parseWallTime(draft.start);
  if (startOfDay === undefined) return { ok: false, field: 'start', key: 'clock.error.wallFormat' };
  const start = onDay(startOfDay, draft.startMarkedAt ?? todayMs);
  if (draft.end.trim() === '') return { ok: true, start: start / 1000, end: null };
  const endOfDay = parseWallTime(draft.end);
  if (endOfDay === undefined) return { ok: false, field: 'end', key: 'clock.error.wallFormat' };
  let end = onDay(endOfDay, draft.endMarkedAt ?? draft.startMarkedAt ?? todayMs);
  if (end < start) {
    const dayAfterStart = new Date(start);
    dayAfterStart.setDate(dayAfterStart.getDate() + 1);
    const nextDay = onDay(endOfDay, dayAfterStart.getTime());
    if (nextDay >= start && nextDay - start <= LONGEST_STATEMENT_S * 1000) end = nextDay;
    else return { ok: false, field: 'end', key: 'clock.error.endBeforeStart' };
  }
  return { ok: true, start: start / 1000, end: end / 1000 };
}

import type { Statement } from './model';

/**
 * How far ahead of the next statement a Start may be pressed and still mean it: observers press
 * Start as the Chair gives the floor, a few seconds before the speaker's first words.
 */
export const EARLY_START_S = 10;

/**
 * The statement being made at `second`: the one whose [start, end) holds it, so a second on a
 * boundary belongs to the statement that begins there. In a pause, the next statement if it
 * begins within EARLY_START_S; otherwise none. Overlapping statements (crosstalk) go to the one
 * that began last, as the newest voice is the one the observer marks.
 */
export function statementAt(statements: readonly Statement[], second: number, earlyStartS = EARLY_START_S): Statement | null {
  if (!Number.isFinite(second) || second < 0) return null;
  let current: Statement | null = null;
  let next: Statement | null = null;
  for (const s of statements) {
    if (s.start <= second && second < s.end && (current === null || s.start >= current.start)) current = s;
    if (s.start > second && (next === null || s.start < next.start)) next = s;
  }
  if (current) return current;
  return next && next.start - second <= earlyStartS ? next : null;
}

/** Code-point order: independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Parses an ISO instant to Unix seconds; NaN when it can't be read. Pure: no clock is read. */
export function epochSeconds(iso: string): number {
  return Date.parse(iso) / 1000;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

// Bounded Damerau-Levenshtein (optimal string alignment): a transposition costs 1, so "Untied" is one edit
// from "United". Cheap lower bounds reject most candidates before the banded dynamic programme runs.

const BUCKETS = 32;

/** Character counts in 32 buckets: two strings d edits apart differ by at most 2d in total. */
export function charHistogram(s: string): Uint8Array {
  const h = new Uint8Array(BUCKETS);
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i) & 31;
    if (h[b]! < 255) h[b]!++;
  }
  return h;
}

/** The fewest edits that could turn one histogram into the other. */
export function histogramBound(a: Uint8Array, b: Uint8Array): number {
  let l1 = 0;
  for (let i = 0; i < BUCKETS; i++) l1 += Math.abs(a[i]! - b[i]!);
  return (l1 + 1) >> 1;
}

/** A 32-bit set of the same buckets: a one-instruction first bound, ceil(popcount(a ^ b) / 2). */
export function charMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= 1 << (s.charCodeAt(i) & 31);
  return mask;
}

export function maskBound(a: number, b: number): number {
  let v = a ^ b;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return ((((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24) + 1 >> 1;
}

/** Rows for boundedOsa, allocated once per search rather than once per comparison. */
export function osaScratch(longest: number): Int32Array {
  return new Int32Array(3 * (longest + 2));
}

/** Edit distance between a and b, or `max + 1` as soon as it is known to exceed `max`. */
export function boundedOsa(a: string, b: string, max: number, scratch: Int32Array = osaScratch(b.length)): number {
  const n = a.length;
  const m = b.length;
  const big = max + 1;
  if (Math.abs(n - m) > max) return big;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : big;
  const w = m + 1;
  // Three rolling rows in one buffer: i-2, i-1, i.
  let r2 = 0;
  let r1 = w;
  let r0 = 2 * w;
  for (let j = 0; j <= m; j++) {
    scratch[r1 + j] = j <= max ? j : big;
    scratch[r2 + j] = big;
  }
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    scratch[r0] = i <= max ? i : big;
    if (lo > 1) scratch[r0 + lo - 1] = big;
    if (hi < m) scratch[r0 + hi + 1] = big;
    let rowMin = scratch[r0]!;
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = scratch[r1 + j - 1]! + (ca === cb ? 0 : 1);
      const del = scratch[r1 + j]! + 1;
      if (del < d) d = del;
      const ins = scratch[r0 + j - 1]! + 1;
      if (ins < d) d = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const tr = scratch[r2 + j - 2]! + 1;
        if (tr < d) d = tr;
      }
      if (d > big) d = big;
      scratch[r0 + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return big;
    const t = r2;
    r2 = r1;
    r1 = r0;
    r0 = t;
  }
  return Math.min(scratch[r1 + m]!, big);
}

/** How many edits a typed name of this folded length may carry: none for short names, where typos collide. */
export function maxEditsFor(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 15) return 2;
  return 3;
}

import type { KeyHit, SpeakerIndex } from './build-index';
import { boundedOsa, charHistogram, charMask, histogramBound, maskBound, maxEditsFor, osaScratch } from './distance';
import { fold, loose, normalizeTyped, uninvert } from './fold';
import type { CanonicalSpeaker, MatchKind } from './types';
import { readings, splitOnBehalf, type Reading } from './variants';

// ISO codes that are also everyday words: typed in lower case they are words, not countries.
const WORDLIKE_CODES = new Set([
  'am', 'at', 'be', 'ca', 'co', 'de', 'do', 'es', 'et', 'id', 'il', 'in', 'is', 'it', 'la', 'ma', 'me', 'my', 'na',
  'ne', 'ni', 'no', 'pa', 'sa', 'se', 'si', 'so', 'to',
  'and', 'are', 'bel', 'ben', 'bra', 'can', 'com', 'dom', 'est', 'fin', 'gin', 'hun', 'lie', 'mar', 'mus', 'nor',
  'pan', 'per', 'sur', 'ton', 'tun',
]);

interface Found {
  readonly ids: readonly string[];
  readonly match: MatchKind;
  readonly distance?: number;
}

function fromHit(hit: KeyHit | undefined, match: MatchKind): Found | null {
  return hit ? { ids: hit.ids, match } : null;
}

/** Exact, folded and code matches of one reading; no guessing. */
function strict(index: SpeakerIndex, text: string): Found | null {
  const exact = index.exact.get(text);
  if (exact) return fromHit(exact, exact.display ? 'exact' : 'alias');
  for (const form of [text, uninvert(text)]) {
    if (!form) continue;
    const f = fold(form);
    if (!f) continue;
    const found = fromHit(index.folded.get(f), 'folded') ?? fromHit(index.loose.get(loose(f)), 'folded');
    if (found) return found;
  }
  if (/^[A-Za-z]{2,3}$/.test(text)) {
    const id = index.codes.get(text.toUpperCase());
    const wordlike = WORDLIKE_CODES.has(text.toLowerCase()) && text !== text.toUpperCase();
    if (id && !wordlike) return { ids: [id], match: 'code' };
  }
  return null;
}

/** Each entity's smallest distance to the folded key, among keys within `bound` edits. */
function distances(index: SpeakerIndex, key: string, bound: number): Map<string, number> {
  const best = new Map<string, number>();
  const mask = charMask(key);
  const histogram = charHistogram(key);
  const scratch = osaScratch(index.longestKey);
  const hi = Math.min(index.longestKey, key.length + bound);
  for (let len = Math.max(0, key.length - bound); len <= hi; len++) {
    for (const cand of index.byLength[len] ?? []) {
      if (maskBound(mask, cand.mask) > bound || histogramBound(histogram, cand.histogram) > bound) continue;
      const d = boundedOsa(key, cand.key, bound, scratch);
      if (d > bound) continue;
      for (const id of cand.ids) if (d < (best.get(id) ?? Infinity)) best.set(id, d);
    }
  }
  return best;
}

/**
 * The nearest entity by edit distance, if it is a clear winner. A runner-up as close as the best (or within one
 * edit of a best that already needed two) makes it a guess, and a guess is worse than "unknown" in a record —
 * unless exactly one of the close candidates is a dialogue participant.
 */
function fuzzy(index: SpeakerIndex, text: string): Found | null {
  const key = fold(text);
  const max = maxEditsFor(key.length);
  if (max === 0 || key.length > 120) return null;
  let best = distances(index, key, max);
  if (best.size === 0) return null;
  const margin = (d: number): number => (d >= 2 ? 2 : 1);
  let d = Math.min(...best.values());
  // A best at the bound needs one more edit of view to see its near-ties.
  if (d + margin(d) - 1 > max) best = distances(index, key, max + 1);
  d = Math.min(...best.values());
  const close = [...best].filter(([, dist]) => dist < d + margin(d)).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  if (close.length === 1) return { ids: [close[0]![0]], match: 'fuzzy', distance: d };
  const preferred = close.filter(([id]) => index.preferred.has(id));
  if (preferred.length === 1 && preferred[0]![1] === d) return { ids: [preferred[0]![0]], match: 'fuzzy', distance: d };
  return { ids: close.map(([id]) => id).sort(), match: 'fuzzy', distance: d };
}

function toResult(index: SpeakerIndex, typed: string, clean: string, found: Found | null): CanonicalSpeaker {
  if (!found || found.ids.length !== 1) {
    const candidates = found && found.ids.length > 1 ? { candidates: found.ids } : {};
    return Object.freeze({ typed, entityId: null, display: clean, kind: null, match: 'unknown', ...candidates });
  }
  const entity = index.entities.get(found.ids[0]!)!;
  const distance = found.distance === undefined ? {} : { distance: found.distance };
  return Object.freeze({ typed, entityId: entity.id, display: entity.display, kind: entity.kind, match: found.match, ...distance });
}

/**
 * The main readings win outright ("Chair (Italy)" is the Chair). Pieces must agree: "Jane Doe, Small Arms Survey"
 * is the Survey, but "France, Germany" is two speakers and stays unknown.
 */
function pick(list: readonly Reading[], lookup: (text: string) => Found | null): Found | null {
  for (const r of list) {
    if (!r.main) continue;
    const found = lookup(r.text);
    if (found?.ids.length === 1) return found;
  }
  const agreed = new Map<string, Found>();
  let ambiguous: Found | null = null;
  for (const r of list) {
    const found = r.main ? null : lookup(r.text);
    if (found?.ids.length === 1) agreed.set(found.ids[0]!, agreed.get(found.ids[0]!) ?? found);
    else ambiguous ??= found;
  }
  if (agreed.size === 1) return [...agreed.values()][0]!;
  if (agreed.size > 1) return { ids: [...agreed.keys()].sort(), match: 'unknown' };
  return ambiguous;
}

function resolve(index: SpeakerIndex, clean: string): Found | null {
  const whole = strict(index, clean);
  if (whole) return whole;
  const alternatives = readings(clean);
  return (
    pick(alternatives, (t) => strict(index, t)) ??
    fuzzy(index, clean) ??
    pick(alternatives, (t) => fuzzy(index, t))
  );
}

/**
 * Maps what an observer typed to a known speaker: exact name → alias or name in another UN language →
 * folded spelling → ISO code → a clear typo. Anything else stays as typed, flagged `unknown`.
 */
export function canonicaliseSpeaker(index: SpeakerIndex, typed: string): CanonicalSpeaker {
  const clean = normalizeTyped(typed);
  if (!clean) return toResult(index, typed, clean, null);
  const direct = strict(index, clean);
  if (direct) return toResult(index, typed, clean, direct);
  const behalf = splitOnBehalf(clean);
  if (behalf) {
    const group = toResult(index, behalf.group, normalizeTyped(behalf.group), resolve(index, behalf.group));
    const speaker = behalf.speaker ? resolve(index, behalf.speaker) : null;
    return Object.freeze({ ...toResult(index, typed, clean, speaker), onBehalfOf: group });
  }
  return toResult(index, typed, clean, resolve(index, clean));
}

/** Canonicalises many names, doing the work once per distinct spelling. */
export function canonicaliseSpeakers(index: SpeakerIndex, typed: readonly string[]): CanonicalSpeaker[] {
  const memo = new Map<string, CanonicalSpeaker>();
  return typed.map((t) => {
    let r = memo.get(t);
    if (!r) {
      r = canonicaliseSpeaker(index, t);
      memo.set(t, r);
    }
    return r;
  });
}

/** A grouping key: the entity id, or the folded typed name for unknown speakers. */
export function speakerKey(speaker: CanonicalSpeaker): string {
  return speaker.entityId ?? `?${fold(speaker.display)}`;
}

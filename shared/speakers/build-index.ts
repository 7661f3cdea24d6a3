import { charHistogram, charMask } from './distance';
import { fold, loose, normalizeTyped, parentheticalForms } from './fold';
import type { SpeakerEntity, SpeakerExtras } from './types';

/** A key some entities answer to; more than one id means the key is ambiguous. */
export interface KeyHit {
  readonly ids: readonly string[];
  /** Whether the key is an entity's display name (an `exact` match) rather than another name or alias. */
  readonly display: boolean;
}

export interface FuzzyKey {
  readonly key: string;
  readonly mask: number;
  readonly histogram: Uint8Array;
  readonly ids: readonly string[];
}

/** Built once per table + dialogue; never changed afterwards. */
export interface SpeakerIndex {
  readonly entities: ReadonlyMap<string, SpeakerEntity>;
  readonly exact: ReadonlyMap<string, KeyHit>;
  readonly folded: ReadonlyMap<string, KeyHit>;
  /** Loose keys (no spaces, articles or "the"), the last exact-ish tier. */
  readonly loose: ReadonlyMap<string, KeyHit>;
  /** Upper-case ISO 3166 alpha-3 and alpha-2 codes → entity id. */
  readonly codes: ReadonlyMap<string, string>;
  /** Folded keys by length, for the bounded fuzzy search. */
  readonly byLength: readonly (readonly FuzzyKey[])[];
  readonly longestKey: number;
  /** Dialogue participants and extra entities: they win fuzzy ties. */
  readonly preferred: ReadonlySet<string>;
  /** Extras that could not be used (an alias for an unknown id), for the caller to report. */
  readonly problems: readonly string[];
}

type Keys = Map<string, { ids: Set<string>; display: boolean }>;

function addKey(keys: Keys, key: string, id: string, display: boolean): void {
  if (!key) return;
  const hit = keys.get(key);
  if (!hit) keys.set(key, { ids: new Set([id]), display });
  else {
    hit.ids.add(id);
    hit.display ||= display;
  }
}

interface Layer {
  exact: Keys;
  folded: Keys;
  loose: Keys;
}

function newLayer(): Layer {
  return { exact: new Map(), folded: new Map(), loose: new Map() };
}

// Only official names get the parenthetical forms: in free-form aliases a parenthesis can mean anything
// (CLDR's "刚果（金）" would make "刚果" name both Congos).
function addName(layer: Layer, name: string, id: string, display: boolean, official = false): void {
  const forms = official ? [name, ...parentheticalForms(name)] : [name];
  forms.forEach((form, i) => {
    const typed = normalizeTyped(form);
    const isDisplay = display && i === 0;
    addKey(layer.exact, typed, id, isDisplay);
    const f = fold(typed);
    addKey(layer.folded, f, id, isDisplay);
    addKey(layer.loose, loose(f), id, isDisplay);
  });
}

function addEntity(layer: Layer, e: SpeakerEntity): void {
  addName(layer, e.display, e.id, true, true);
  for (const n of Object.values(e.names ?? {})) if (n) addName(layer, n, e.id, false, true);
  for (const a of e.aliases ?? []) addName(layer, a, e.id, false);
}

// Extras override the table key by key: a dialogue's "FoE" beats any built-in reading of "FoE".
function merge(base: Keys, extra: Keys): Map<string, KeyHit> {
  const out = new Map<string, KeyHit>();
  const freeze = (h: { ids: Set<string>; display: boolean }): KeyHit =>
    Object.freeze({ ids: Object.freeze([...h.ids].sort()), display: h.display });
  for (const [k, h] of base) out.set(k, freeze(h));
  for (const [k, h] of extra) out.set(k, freeze(h));
  return out;
}

export function buildSpeakerIndex(table: readonly SpeakerEntity[], extras: SpeakerExtras = {}): SpeakerIndex {
  const entities = new Map<string, SpeakerEntity>();
  const codes = new Map<string, string>();
  const problems: string[] = [];
  const base = newLayer();
  const extra = newLayer();

  const register = (e: SpeakerEntity, layer: Layer): void => {
    entities.set(e.id, e);
    addEntity(layer, e);
    if (e.kind === 'state' || e.kind === 'observer-state') {
      codes.set(e.id.toUpperCase(), e.id);
      if (e.iso2) codes.set(e.iso2.toUpperCase(), e.id);
    }
  };
  for (const e of table) {
    if (entities.has(e.id)) problems.push(`the table lists speaker id "${e.id}" twice`);
    register(e, base);
  }
  for (const e of extras.entities ?? []) register(e, extra);
  for (const [alias, id] of Object.entries(extras.aliases ?? {})) {
    if (entities.has(id)) addName(extra, alias, id, false);
    else problems.push(`alias "${alias}" names unknown speaker id "${id}"`);
  }

  const folded = merge(base.folded, extra.folded);
  const byLength: FuzzyKey[][] = [];
  let longestKey = 0;
  for (const [key, hit] of folded) {
    // A typed name needs 5+ characters to carry an edit, and may differ in length by one: shorter keys never qualify.
    if (key.length < 4) continue;
    (byLength[key.length] ??= []).push(Object.freeze({ key, mask: charMask(key), histogram: charHistogram(key), ids: hit.ids }));
    longestKey = Math.max(longestKey, key.length);
  }
  for (let i = 0; i < byLength.length; i++) Object.freeze((byLength[i] ??= []));

  const preferred = new Set<string>([...(extras.entities ?? []).map((e) => e.id), ...(extras.participants ?? [])]);
  for (const id of extras.participants ?? []) {
    if (!entities.has(id)) problems.push(`participant "${id}" is not a known speaker id`);
  }

  return Object.freeze({
    entities,
    exact: merge(base.exact, extra.exact),
    folded,
    loose: merge(base.loose, extra.loose),
    codes,
    byLength: Object.freeze(byLength),
    longestKey,
    preferred,
    problems: Object.freeze(problems),
  });
}
